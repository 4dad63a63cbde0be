package org.sankofa.cases.internal;

import java.util.List;
import java.util.Map;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.Roles;
import org.springframework.modulith.NamedInterface;

/**
 * Need to know, as SQL: which cases a person may see. Case workers and supervisors see the cases of their office;
 * a partner sees only cases referred to its organisation (and only what each referral shares); every other role
 * sees no case at all and works with aggregates. Every query on cases — lists, searches, counts, exports,
 * attachments, the API — adds {@link #predicate(String)} to its {@code where} clause and {@link #parameters()} to
 * its parameters, so access is enforced by the database query itself and not only by the pages.
 */
@NamedInterface("foundation")
public sealed interface CaseScope {

    /**
     * The cases owned by one office and, when {@code formerCases} (the office has transferred cases away), the
     * cases it transferred to another office — read only, see {@link CaseGuard#requireEditable}. Offices without
     * transfers keep the plain predicate, so that their lists keep using the office index.
     */
    @NamedInterface("foundation")
    record OfficeCases(long officeId, boolean formerCases) implements CaseScope {

        public OfficeCases(long officeId) {
            this(officeId, false);
        }

        @Override
        public String predicate(String alias) {
            if (!formerCases) {
                return alias + ".office_id = :scopeOfficeId";
            }
            // the transferred ids are read once (an init plan), not per row, so lists can still walk an index
            return "(" + alias + ".office_id = :scopeOfficeId or " + alias + ".id = any(array("
                    + "select scope_t.case_id from case_transfer scope_t where scope_t.from_office_id = :scopeOfficeId"
                    + " and scope_t.status = 'ACCEPTED')))";
        }

        /**
         * The office's own cases, then (when it has transferred cases away) the transferred ones of other offices:
         * two disjoint branches, so that each can walk its own index instead of the whole table walking an
         * {@code or}.
         */
        @Override
        public List<String> branches(String alias) {
            if (!formerCases) {
                return List.of(predicate(alias));
            }
            return List.of(alias + ".office_id = :scopeOfficeId", alias + ".office_id <> :scopeOfficeId and " + alias
                    + ".id = any(array(select scope_t.case_id from case_transfer scope_t"
                    + " where scope_t.from_office_id = :scopeOfficeId and scope_t.status = 'ACCEPTED'))");
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("scopeOfficeId", officeId);
        }
    }

    /** The cases referred to one partner organisation (referrals that were not declined). */
    @NamedInterface("foundation")
    record ReferredCases(long organisationId) implements CaseScope {

        @Override
        public String predicate(String alias) {
            return "exists (select 1 from case_referral scope_r where scope_r.case_id = " + alias
                    + ".id and scope_r.partner_org_id = :scopeOrganisationId"
                    + " and scope_r.status in ('SENT', 'ACCEPTED', 'COMPLETED'))";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("scopeOrganisationId", organisationId);
        }
    }

    /** No case at all. */
    @NamedInterface("foundation")
    record NoCases() implements CaseScope {

        @Override
        public String predicate(String alias) {
            return "false";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of();
        }
    }

    String predicate(String alias);

    /**
     * The same scope as {@link #predicate(String)}, as disjoint predicates whose union is the scope: a list query runs
     * one branch per predicate ({@code union all}) so that PostgreSQL uses an index for each rather than filtering an
     * {@code or} over the whole table. For an office, its own cases' branch comes first.
     */
    default List<String> branches(String alias) {
        return List.of(predicate(alias));
    }

    Map<String, Object> parameters();

    default boolean none() {
        return this instanceof NoCases;
    }

    default boolean partner() {
        return this instanceof ReferredCases;
    }

    static CaseScope of(CurrentUser user) {
        if (user == null) {
            return new NoCases();
        }
        if (user.hasAnyRole(Roles.CASE_STAFF_ROLES) && user.officeId() != null) {
            return new OfficeCases(user.officeId());
        }
        if (user.hasRole(Role.PARTNER) && user.organisationId() != null) {
            return new ReferredCases(user.organisationId());
        }
        return new NoCases();
    }
}
