package org.sankofa.cases.internal.care;

import org.springframework.stereotype.Component;

/** Until follow-up visits are recorded, no child's follow-ups count as done: closing needs a reason. */
@Component
class NoFollowUpsYet implements FollowUpProgress {

    @Override
    public boolean allDone(long caseId) {
        return false;
    }
}
