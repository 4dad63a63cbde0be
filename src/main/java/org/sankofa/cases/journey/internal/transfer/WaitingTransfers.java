package org.sankofa.cases.journey.internal.transfer;

import java.time.OffsetDateTime;
import java.util.List;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.WaitingDecision;
import org.sankofa.cases.WaitingDecisions;
import org.sankofa.cases.internal.DecisionsWaiting;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Transfers of cases to the office, waiting for its supervisor to accept or reject them. */
@Component
class WaitingTransfers implements DecisionsWaiting {

    private final JdbcClient jdbc;

    WaitingTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingDecision> waitingFor(CurrentUser supervisor, long officeId) {
        return jdbc.sql("""
                select t.case_id, c.case_number, t.requested_by, t.requested_at
                  from case_transfer t join case_file c on c.id = t.case_id
                 where t.to_office_id = ? and t.status = 'REQUESTED'
                 order by t.requested_at, t.id limit ?""")
                .params(officeId, WaitingDecisions.LIMIT)
                .query((rs, n) -> new WaitingDecision(WaitingDecision.Kind.TRANSFER, CaseId.of(rs.getLong(1)),
                        rs.getString(2), (Long) rs.getObject(3), null, rs.getObject(4, OffsetDateTime.class)))
                .list();
    }
}
