package org.sankofa.cases.bestinterests.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.WaitingDecision;
import org.sankofa.cases.WaitingDecisions;
import org.sankofa.cases.internal.DecisionsWaiting;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Best-interests determinations of the office's children that the supervisor did not propose, waiting for them. */
@Component
class WaitingDeterminations implements DecisionsWaiting {

    private final JdbcClient jdbc;

    WaitingDeterminations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingDecision> waitingFor(CurrentUser supervisor, long officeId) {
        return jdbc.sql("""
                select d.case_id, c.case_number, d.requested_by, d.requested_at
                  from case_bi_determination d join case_file c on c.id = d.case_id
                 where d.status = 'REQUESTED' and c.office_id = ? and d.requested_by is distinct from ?
                 order by d.requested_at, d.id limit ?""")
                .params(officeId, supervisor.id(), WaitingDecisions.LIMIT)
                .query((rs, n) -> new WaitingDecision(WaitingDecision.Kind.BEST_INTERESTS, CaseId.of(rs.getLong(1)),
                        rs.getString(2), (Long) rs.getObject(3), null, rs.getObject(4, OffsetDateTime.class)))
                .list();
    }
}
