package org.sankofa.plans.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Succession: when a plan that supersedes another takes effect (any status but DRAFT), the older plan becomes
 * SUPERSEDED — unless it has already EXPIRED (it ran its full term and was not cut short). A plan is superseded by
 * at most one plan, and succession never loops; the older plan must be within the user's scope.
 */
@Component
class PlanSuccession {

    private static final Set<PlanStatus> RETIRED_BY_SUCCESSOR = Set.of(PlanStatus.DRAFT, PlanStatus.ADOPTED,
            PlanStatus.IN_FORCE);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PlanAccess access;
    private final PlanParties parties;

    PlanSuccession(JdbcClient jdbc, AuditLog audit, PlanAccess access, PlanParties parties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.parties = parties;
    }

    /** Names a plan superseding itself or a plan that does not exist in {@code errors}. */
    void check(PlanDraft d, Long id, Map<String, String> errors) {
        if (d.supersedesId() == null) {
            return;
        }
        if (d.supersedesId().equals(id)) {
            errors.put("supersedes", "plan.supersedes.self");
        } else if (!jdbc.sql("select exists (select 1 from action_plan where id = ?)").param(d.supersedesId())
                .query(Boolean.class).single()) {
            errors.put("supersedes", "plan.supersedes.unknown");
        }
    }

    /** Drops the link to the plan a changed plan superseded when the draft no longer names it. */
    void release(Plan current, PlanDraft draft) {
        if (current.supersedesId() != null && !current.supersedesId().equals(draft.supersedesId())) {
            jdbc.sql("update action_plan set supersedes_id = null where id = ?").param(current.id()).update();
        }
    }

    /** Links plan {@code id} to the plan it supersedes, and retires that plan once this one takes effect. */
    void succeed(long id, PlanDraft draft, CurrentUser user) {
        if (draft.supersedesId() == null) {
            return;
        }
        long older = draft.supersedesId();
        Long takenBy = jdbc.sql("select id from action_plan where supersedes_id = ? and id <> ?").params(older, id)
                .query(Long.class).optional().orElse(null);
        if (takenBy != null) {
            throw InvalidInputException.of("supersedes", "plan.supersedes.taken");
        }
        // no loop: the older plan may not (through its own predecessors) be this plan
        List<Long> chain = jdbc.sql("""
                with recursive chain(id, supersedes_id) as (
                    select id, supersedes_id from action_plan where id = ?
                    union all
                    select p.id, p.supersedes_id from action_plan p join chain c on p.id = c.supersedes_id)
                select id from chain""").param(older).query(Long.class).list();
        if (chain.contains(id)) {
            throw InvalidInputException.of("supersedes", "plan.supersedes.loop");
        }
        jdbc.sql("update action_plan set supersedes_id = ? where id = ?").params(older, id).update();
        Previous previous = jdbc.sql("select scope, status from action_plan where id = ?").param(older)
                .query((rs, n) -> new Previous(PlanScope.valueOf(rs.getString("scope")),
                        PlanStatus.valueOf(rs.getString("status")))).single();
        if (draft.status() != PlanStatus.DRAFT && RETIRED_BY_SUCCESSOR.contains(previous.status())) {
            PlanParties.Of of = parties.of(PlanId.of(older));
            if (!access.canEdit(user, new PlanAccess.Parties(previous.scope(), of.countries(), of.communities()))) {
                throw InvalidInputException.of("supersedes", "plan.supersedes.notYours");
            }
            jdbc.sql("update action_plan set status = 'SUPERSEDED', version = version + 1, updated_at = now() "
                    + "where id = ?").param(older).update();
            audit.record(AuditEvent.of(user.getUsername(), "PLAN_SUPERSEDED", "plan", older, "by=" + id));
        }
    }

    private record Previous(PlanScope scope, PlanStatus status) {
    }
}
