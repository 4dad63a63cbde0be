package org.sankofa.cases.internal.closure;

import java.time.OffsetDateTime;
import java.util.List;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.WaitingDecision;
import org.sankofa.cases.WaitingDecisions;
import org.sankofa.cases.internal.DecisionsWaiting;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Closure requests of the office's cases that the supervisor did not make, waiting for a decision. */
@Component
class WaitingClosures implements DecisionsWaiting {

    private final JdbcClient jdbc;

    WaitingClosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingDecision> waitingFor(CurrentUser supervisor, long officeId) {
        return jdbc.sql("""
                select r.case_id, c.case_number, r.requested_by, r.requested_at
                  from case_closure_request r join case_file c on c.id = r.case_id
                 where r.status = 'REQUESTED' and c.office_id = ? and r.requested_by is distinct from ?
                 order by r.requested_at, r.id limit ?""")
                .params(officeId, supervisor.id(), WaitingDecisions.LIMIT)
                .query((rs, n) -> new WaitingDecision(WaitingDecision.Kind.CLOSURE, CaseId.of(rs.getLong(1)),
                        rs.getString(2), (Long) rs.getObject(3), null, rs.getObject(4, OffsetDateTime.class)))
                .list();
    }
}
