package org.sankofa.cases.journey.internal.transfer;

import java.time.OffsetDateTime;
import java.util.List;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.WorkItem;
import org.sankofa.cases.internal.WorkToDo;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answers to the transfers a person asked for, on their home page for 30 days: the notices
 * {@link OfficeNotifications} addresses to them when the receiving office accepts or rejects.
 */
@Component
class TransferAnswers implements WorkToDo {

    private final JdbcClient jdbc;

    TransferAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> of(CurrentUser user) {
        return jdbc.sql("""
                select n.kind, c.id, n.case_number, n.created_at
                  from office_notification n join case_file c on c.case_number = n.case_number
                 where n.recipient_id = ? and n.created_at >= ? order by n.created_at desc, n.id desc limit ?""")
                .params(user.id(), OffsetDateTime.now().minusDays(30), LIMIT)
                .query((rs, n) -> new WorkItem(WorkItem.Kind.valueOf(rs.getString(1)), CaseId.of(rs.getLong(2)),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class).toLocalDate(), "/transfers"))
                .list();
    }
}
