package org.sankofa.plans.internal;

import java.util.Collection;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.Roles;
import org.sankofa.plans.PlanScope;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a plan (docs/security.md, "Action plans"):
 * <ul>
 * <li>edit (the plan, its tree, its indicators and targets): administrators; a national coordinator the national
 * plans of their country ({@code RoleGrant.scopeCountry}); a regional coordinator the plans that count their
 * community ({@code RoleGrant.scopeCommunity}) among the parties;</li>
 * <li>enter values and draft and submit progress reports: whoever may edit the plan, and M&amp;E officers for every
 * plan;</li>
 * <li>approve, return or lock a progress report: a coordinator of the plan's scope (as for editing) or an
 * administrator — never the person who submitted it (four eyes, checked by {@link ProgressReports}).</li>
 * </ul>
 * Everyone signed in reads every plan.
 */
@Component
public class PlanAccess {

    /** Whose plan: its scope and parties. */
    public record Parties(PlanScope scope, Collection<String> countries, Collection<String> communities) {
    }

    public boolean canEdit(CurrentUser user, Parties plan) {
        if (user == null) {
            return false;
        }
        for (RoleGrant grant : user.grants()) {
            if (grant.role() == Role.ADMINISTRATOR || coordinates(grant, plan)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user may create plans at all (the parties are checked on the plan sent). */
    public boolean mayCreate(CurrentUser user) {
        return user != null
                && user.hasAnyRole(Roles.COORDINATOR_ROLES);
    }

    public boolean canReport(CurrentUser user, Parties plan) {
        return user != null && (user.hasRole(Role.ME_OFFICER) || canEdit(user, plan));
    }

    /** Of the plan's scope to approve a report (four eyes is checked apart). */
    public boolean canApprove(CurrentUser user, Parties plan) {
        return canEdit(user, plan);
    }

    private static boolean coordinates(RoleGrant grant, Parties plan) {
        if (grant.role() == Role.NATIONAL_COORDINATOR) {
            return plan.scope() == PlanScope.NATIONAL && grant.scopeCountry() != null
                    && plan.countries().contains(grant.scopeCountry());
        }
        if (grant.role() == Role.REGIONAL_COORDINATOR) {
            return plan.scope() != PlanScope.NATIONAL && grant.scopeCommunity() != null
                    && plan.communities().contains(grant.scopeCommunity());
        }
        return false;
    }
}
