package org.sankofa.cases.internal;

import java.util.HashMap;
import java.util.Map;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseGuard;
import org.sankofa.cases.internal.CaseScope;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** Reads the facts of a case the person may see, through the need-to-know predicate. */
@NamedInterface("foundation")
@Component
public class CaseAccess {

    private final JdbcClient jdbc;
    private final CaseGuard guard;

    CaseAccess(JdbcClient jdbc, CaseGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** The case, if the person may see it (403 without case access, 404 outside their scope). */
    public CaseFacts visible(CurrentUser user, CaseId caseId) {
        return facts(guard.requireVisible(user, caseId), caseId);
    }

    /**
     * The case, if the person may read its care records: the office staff of the owning office, and of an office
     * that transferred it (read only); partners may not.
     */
    public CaseFacts readable(CurrentUser user, CaseId caseId) {
        return facts(guard.requireReadable(user, caseId), caseId);
    }

    /** The case, if the person may change it (the owning office's staff; not partners, not a former owner). */
    public CaseFacts editable(CurrentUser user, CaseId caseId) {
        return facts(guard.requireEditable(user, caseId), caseId);
    }

    /** When the person's office handed the case over (null while it owns the case). */
    private static final String TRANSFERRED_AT = """
            case when c.office_id <> :scopeOfficeId then (select max(t.decided_at) from case_transfer t
             where t.case_id = c.id and t.from_office_id = :scopeOfficeId and t.status = 'ACCEPTED') end""";

    public CaseFacts facts(CaseScope scope, CaseId caseId) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("caseId", caseId.value());
        return jdbc.sql("select c.id, c.case_number, c.status, c.is_child as child, c.closed_on, c.closure_reason"
                        + ", " + (scope instanceof CaseScope.OfficeCases ? "c.office_id <> :scopeOfficeId" : "false")
                        + " as read_only, " + (scope instanceof CaseScope.OfficeCases ? TRANSFERRED_AT : "null")
                        + "::timestamptz as read_until from case_file c where c.id = :caseId and "
                        + scope.predicate("c"))
                .params(parameters).query(CaseFacts::of).optional()
                .orElseThrow(() -> new NotFoundException("case"));
    }
}
