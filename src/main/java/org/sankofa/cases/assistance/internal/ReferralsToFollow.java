package org.sankofa.cases.assistance.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.WorkItem;
import org.sankofa.cases.internal.CaseScope;
import org.sankofa.cases.internal.WorkToDo;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals on a person's home page: for office staff, the office's referrals a partner answered in the last 30
 * days (newest first); for a partner, the referrals to its organisation waiting for an answer (oldest first). Within
 * need to know ({@link CaseScope}).
 */
@Component
class ReferralsToFollow implements WorkToDo {

    private final JdbcClient jdbc;

    ReferralsToFollow(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> of(CurrentUser user) {
        CaseScope scope = CaseScope.of(user);
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("limit", LIMIT);
        if (scope instanceof CaseScope.OfficeCases) {
            parameters.put("since", LocalDate.now().minusDays(30));
            return jdbc.sql("select r.case_id, c.case_number, coalesce(r.completed_on, r.responded_on) as answered_on"
                            + " from case_referral r join case_file c on c.id = r.case_id"
                            + " where " + scope.predicate("c") + " and r.status <> 'SENT'"
                            + " and coalesce(r.completed_on, r.responded_on) >= :since"
                            + " order by answered_on desc, r.id desc limit :limit")
                    .params(parameters)
                    .query((rs, n) -> item(WorkItem.Kind.REFERRAL_ANSWERED, rs.getLong(1), rs.getString(2),
                            rs.getObject(3, LocalDate.class), "/cases/" + rs.getLong(1) + "/referrals"))
                    .list();
        }
        if (scope instanceof CaseScope.ReferredCases) {
            return jdbc.sql("select r.case_id, c.case_number, r.sent_on"
                            + " from case_referral r join case_file c on c.id = r.case_id"
                            + " where r.partner_org_id = :scopeOrganisationId and r.status = 'SENT'"
                            + " order by r.sent_on, r.id limit :limit")
                    .params(parameters)
                    .query((rs, n) -> item(WorkItem.Kind.REFERRAL_TO_ANSWER, rs.getLong(1), rs.getString(2),
                            rs.getObject(3, LocalDate.class), "/referrals"))
                    .list();
        }
        return List.of();
    }

    private static WorkItem item(WorkItem.Kind kind, long caseId, String caseNumber, LocalDate on, String path) {
        return new WorkItem(kind, CaseId.of(caseId), caseNumber, on, path);
    }
}
