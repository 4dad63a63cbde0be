package org.sankofa.cases;

import org.sankofa.identity.CurrentUser;

/**
 * Closing a case as a duplicate record of another, and undoing it, for the matching module's merge (issue 17): one
 * case survives, the other is closed with the reason {@link ClosureReason#DUPLICATE_RECORD}, its history kept and its
 * closure recorded in its timeline and the audit log. The supervisor's merge is the decision (no closure request).
 */
public interface DuplicateRecords {

    /**
     * Closes {@code duplicate} as a duplicate of {@code survivor}: both must be open cases the supervisor's office
     * owns (404 otherwise; 403 for other roles); {@code duplicateVersion} is the version the supervisor saw — a case
     * changed or closed since is a conflict (409, {@code ConflictException}), and nothing is written.
     */
    void closeAsDuplicate(CurrentUser supervisor, CaseId duplicate, int duplicateVersion, CaseId survivor);

    /** Reopens a case closed as a duplicate record (a merge undone); 409 when it is not closed as one. */
    void reopenDuplicate(CurrentUser supervisor, CaseId duplicate);
}
