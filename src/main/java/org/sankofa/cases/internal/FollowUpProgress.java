package org.sankofa.cases.internal;
import org.sankofa.cases.CaseId;
import org.springframework.modulith.NamedInterface;

/**
 * Whether the follow-up visits after a child's return are all done: a child's case closes without a further reason
 * only then. Answered by the follow-up visits of the return part (cases/internal/returns/FollowUps).
 */
@NamedInterface("foundation")
public interface FollowUpProgress {

    boolean allDone(CaseId caseId);
}
