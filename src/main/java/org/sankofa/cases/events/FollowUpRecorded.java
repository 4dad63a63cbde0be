package org.sankofa.cases.events;

import java.time.LocalDate;

import org.sankofa.cases.CaseId;

/**
 * A follow-up visit after a return took place and was recorded.
 *
 * @param caseId    the case
 * @param visitId   the visit
 * @param dueOn     the day it was due
 * @param visitedOn the day it took place
 */
public record FollowUpRecorded(CaseId caseId, long visitId, LocalDate dueOn, LocalDate visitedOn) {

    /** Whether the visit took place by the day it was due. */
    public boolean onTime() {
        return !visitedOn.isAfter(dueOn);
    }
}
