package org.sankofa.cases.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.sankofa.cases.CaseId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The gate in front of every case: a role without access to cases is refused (403); a case outside the person's
 * scope is answered as if it did not exist (404), so that its existence is not revealed. Partners pass only for
 * cases referred to their organisation, and only for reading what the referral shares and answering the referral.
 *
 * <p>Checking one case is one query, which reads the case's {@link CaseFacts} at the same time: callers that need the
 * facts too ({@link CaseAccess}) get them from the same check.
 */
@NamedInterface("foundation")
@Component
public class CaseGuard {

    /** What a person wants to do with a case. */
    public enum Need {
        /** See it at all (partners: a case referred to their organisation). */
        SEE,
        /** Read its records as office staff: the owning office, or an office that transferred it (read only). */
        READ,
        /** Change it: the owning office only. */
        CHANGE
    }

    /** A case that passed the gate: the person's scope (good for queries on this case) and the case's facts. */
    public record Passed(CaseScope scope, CaseFacts facts) {
    }

    /** When the person's office handed the case over (null while it owns the case, or if it never did). */
    private static final String HANDED_OVER_AT = """
            case when c.office_id <> :scopeOfficeId then (select max(t.decided_at) from case_transfer t
             where t.case_id = c.id and t.from_office_id = :scopeOfficeId and t.status = 'ACCEPTED') end""";

    private final JdbcClient jdbc;

    /**
     * Offices known to have handed a case over. An accepted transfer is final (REQUESTED moves once, to ACCEPTED or
     * REJECTED), so once true the answer stays true and is kept; a false answer is asked again on every request, so
     * a transfer accepted on another node widens the scope on the very next list. Keeping a stale true would only
     * keep the wider predicate, which is still exact.
     */
    private final Set<Long> handedOver = ConcurrentHashMap.newKeySet();

    CaseGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope of a person allowed to work with cases at all; 403 for everyone else. */
    public CaseScope scopeOf(CurrentUser user) {
        CaseScope scope = allowed(user);
        if (scope instanceof CaseScope.OfficeCases office && transferredAway(office.officeId())) {
            return new CaseScope.OfficeCases(office.officeId(), true);
        }
        return scope;
    }

    /** Checks that the person may see this case; returns their scope. */
    public CaseScope requireVisible(CurrentUser user, CaseId caseId) {
        return check(user, caseId, Need.SEE).scope();
    }

    /**
     * Checks that the person may read this case's records as office staff: the owning office, or an office that
     * transferred the case (read only). Partners are refused (they see only what their referral shares).
     */
    public CaseScope requireReadable(CurrentUser user, CaseId caseId) {
        return check(user, caseId, Need.READ).scope();
    }

    /**
     * Checks that the person may change this case: the owning office's case workers and supervisors — not
     * partners, and not an office that transferred the case away (it keeps a read-only view): 403.
     */
    public CaseScope requireEditable(CurrentUser user, CaseId caseId) {
        return check(user, caseId, Need.CHANGE).scope();
    }

    /**
     * The one check of a case, in one query: 403 without access to cases, 404 outside the person's scope, then 403
     * for partners unless they only want to see it, and for a change by an office that transferred the case away.
     */
    public Passed check(CurrentUser user, CaseId caseId, Need need) {
        CaseScope scope = allowed(user);
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("caseId", caseId.value());
        boolean office = scope instanceof CaseScope.OfficeCases;
        // an office sees what it owns and what it handed over (read only, up to the handover); a partner what is
        // referred to it
        CaseFacts facts = jdbc.sql("select c.id, c.case_number, c.status, c.is_child as child, c.closed_on,"
                        + " c.closure_reason, " + (office ? "c.office_id <> :scopeOfficeId" : "false") + " as read_only, "
                        + (office ? HANDED_OVER_AT : "null") + "::timestamptz as read_until"
                        + " from case_file c where c.id = :caseId" + (office ? "" : " and " + scope.predicate("c")))
                .params(parameters).query(CaseFacts::of).optional()
                .filter(found -> !found.readOnly() || found.readUntil() != null)
                .orElseThrow(() -> new NotFoundException("case"));
        if (scope.partner() && need != Need.SEE) {
            throw new AccessDeniedException(need == Need.READ ? "partners do not read case records"
                    : "partners do not change case records");
        }
        if (need == Need.CHANGE && facts.readOnly()) {
            throw new AccessDeniedException("the case was transferred to another office");
        }
        if (scope instanceof CaseScope.OfficeCases own && facts.readOnly()) {
            // a case it handed over: the scope that includes the office's former cases
            return new Passed(new CaseScope.OfficeCases(own.officeId(), true), facts);
        }
        return new Passed(scope, facts);
    }

    private static CaseScope allowed(CurrentUser user) {
        CaseScope scope = CaseScope.of(user);
        if (scope.none()) {
            throw new AccessDeniedException("no access to cases");
        }
        return scope;
    }

    private boolean transferredAway(long officeId) {
        if (handedOver.contains(officeId)) {
            return true;
        }
        boolean handed = jdbc.sql("select exists (select 1 from case_transfer where from_office_id = ? and status = 'ACCEPTED')")
                .param(officeId).query(Boolean.class).single();
        if (handed) {
            handedOver.add(officeId);
        }
        return handed;
    }

    /** Whether the office owns the case now. */
    public boolean owns(long officeId, CaseId caseId) {
        return jdbc.sql("select exists (select 1 from case_file where id = ? and office_id = ?)")
                .params(caseId.value(), officeId).query(Boolean.class).single();
    }
}
