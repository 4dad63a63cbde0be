package org.sankofa.cases.internal;

import org.sankofa.cases.CaseId;
import org.sankofa.identity.CurrentUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The facts of a case the person may see, read by the check of the gate ({@link CaseGuard}): one query per check,
 * never a second one for the facts.
 */
@NamedInterface("foundation")
@Component
public class CaseAccess {

    private final CaseGuard guard;

    CaseAccess(CaseGuard guard) {
        this.guard = guard;
    }

    /** The case, if the person may see it (403 without case access, 404 outside their scope). */
    public CaseFacts visible(CurrentUser user, CaseId caseId) {
        return guard.check(user, caseId, CaseGuard.Need.SEE).facts();
    }

    /**
     * The case, if the person may read its care records: the office staff of the owning office, and of an office
     * that transferred it (read only); partners may not.
     */
    public CaseFacts readable(CurrentUser user, CaseId caseId) {
        return guard.check(user, caseId, CaseGuard.Need.READ).facts();
    }

    /** The case, if the person may change it (the owning office's staff; not partners, not a former owner). */
    public CaseFacts editable(CurrentUser user, CaseId caseId) {
        return guard.check(user, caseId, CaseGuard.Need.CHANGE).facts();
    }
}
