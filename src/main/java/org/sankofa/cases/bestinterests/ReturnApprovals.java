package org.sankofa.cases.bestinterests;

import java.util.Collection;
import java.util.Set;

import org.sankofa.cases.CaseId;

/**
 * The decision the journey home waits for: whether a supervisor approved a best-interests determination deciding a
 * child's return to the family. A child's return is planned, prepared and received only then. No access check: the
 * caller has checked the case.
 */
public interface ReturnApprovals {

    /** Whether the return of this child's case to the family was approved. */
    boolean returnApproved(CaseId caseId);

    /** Those of these cases whose return to the family was approved, in one query. */
    Set<CaseId> returnApproved(Collection<CaseId> caseIds);
}
