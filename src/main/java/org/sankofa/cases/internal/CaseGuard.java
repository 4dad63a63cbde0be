package org.sankofa.cases.internal;

import java.util.HashMap;
import java.util.Map;

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
 */
@NamedInterface("foundation")
@Component
public class CaseGuard {

    private final JdbcClient jdbc;

    CaseGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope of a person allowed to work with cases at all; 403 for everyone else. */
    public CaseScope scopeOf(CurrentUser user) {
        CaseScope scope = CaseScope.of(user);
        if (scope.none()) {
            throw new AccessDeniedException("no access to cases");
        }
        if (scope instanceof CaseScope.OfficeCases office && transferredAway(office.officeId())) {
            return new CaseScope.OfficeCases(office.officeId(), true);
        }
        return scope;
    }

    /** Checks that the person may see this case; returns their scope. */
    public CaseScope requireVisible(CurrentUser user, CaseId caseId) {
        CaseScope scope = scopeOf(user);
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("caseId", caseId.value());
        boolean visible = jdbc.sql("select count(*) from case_file c where c.id = :caseId and " + scope.predicate("c"))
                .params(parameters).query(Long.class).single() > 0;
        if (!visible) {
            throw new NotFoundException("case");
        }
        return scope;
    }

    /**
     * Checks that the person may read this case's records as office staff: the owning office, or an office that
     * transferred the case (read only). Partners are refused (they see only what their referral shares).
     */
    public CaseScope requireReadable(CurrentUser user, CaseId caseId) {
        CaseScope scope = requireVisible(user, caseId);
        if (!(scope instanceof CaseScope.OfficeCases)) {
            throw new AccessDeniedException("partners do not read case records");
        }
        return scope;
    }

    /**
     * Checks that the person may change this case: the owning office's case workers and supervisors — not
     * partners, and not an office that transferred the case away (it keeps a read-only view): 403.
     */
    public CaseScope requireEditable(CurrentUser user, CaseId caseId) {
        CaseScope scope = requireVisible(user, caseId);
        if (!(scope instanceof CaseScope.OfficeCases office)) {
            throw new AccessDeniedException("partners do not change case records");
        }
        if (!owns(office.officeId(), caseId)) {
            throw new AccessDeniedException("the case was transferred to another office");
        }
        return scope;
    }

    private boolean transferredAway(long officeId) {
        return jdbc.sql("select exists (select 1 from case_transfer where from_office_id = ? and status = 'ACCEPTED')")
                .param(officeId).query(Boolean.class).single();
    }

    /** Whether the office owns the case now. */
    public boolean owns(long officeId, CaseId caseId) {
        return jdbc.sql("select exists (select 1 from case_file where id = ? and office_id = ?)")
                .params(caseId.value(), officeId).query(Boolean.class).single();
    }
}
