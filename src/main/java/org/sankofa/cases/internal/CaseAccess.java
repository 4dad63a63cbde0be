package org.sankofa.cases.internal;

import org.sankofa.cases.CaseId;
import org.sankofa.identity.CurrentUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The read path of a case's records: the check of the gate ({@link CaseGuard}), whose one query reads the facts of
 * the case too, and the audit of the view ({@link CaseViews}). Every list of a case's records starts here, so that
 * reading them is recorded without each page or API answer having to remember it; a change starts at
 * {@link #editable}, which records no view.
 */
@NamedInterface("foundation")
@Component
public class CaseAccess {

    private final CaseGuard guard;
    private final CaseViews views;

    CaseAccess(CaseGuard guard, CaseViews views) {
        this.guard = guard;
        this.views = views;
    }

    /**
     * The case, if the person may read its care records — the office staff of the owning office, and of an office
     * that transferred it (read only); partners may not — and a view of {@code part} recorded (once per request).
     */
    public CaseFacts readable(CurrentUser user, CaseId caseId, String part) {
        CaseFacts facts = guard.check(user, caseId, CaseGuard.Need.READ).facts();
        views.record(user, caseId, part);
        return facts;
    }

    /** The case, if the person may change it (the owning office's staff; not partners, not a former owner). */
    public CaseFacts editable(CurrentUser user, CaseId caseId) {
        CaseFacts facts = guard.check(user, caseId, CaseGuard.Need.CHANGE).facts();
        views.changing(caseId);
        return facts;
    }

    /**
     * The case, if the person may read it, for a change that its reader may make though it does not own the case (the
     * sending office records the departure of a child it transferred): a change, like {@link #editable}, so no view.
     */
    public CaseFacts readableToChange(CurrentUser user, CaseId caseId) {
        CaseFacts facts = guard.check(user, caseId, CaseGuard.Need.READ).facts();
        views.changing(caseId);
        return facts;
    }
}
