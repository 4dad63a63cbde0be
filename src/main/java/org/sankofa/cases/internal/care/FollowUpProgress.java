package org.sankofa.cases.internal.care;

/**
 * Whether the follow-up visits after a child's return are all done: a child's case closes without a further reason
 * only then. SEAM for the return-and-reintegration part: the follow-up tables do not exist yet, so
 * {@link NoFollowUpsYet} answers false (every closure of a child's case needs a reason); replace that bean with one
 * that reads the follow-up visits (e.g. "at least one visit and none left undone").
 */
public interface FollowUpProgress {

    boolean allDone(long caseId);
}
