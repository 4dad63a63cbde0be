package org.sankofa.plans.internal;

import java.time.Instant;
import java.util.Map;

import org.sankofa.plans.ReportStatus;

/**
 * A progress report of a plan for a period, with a narrative per strategic area (area id to text) and the note of the
 * last decision on it (why it was rejected, or what its approver added; null when none).
 */
public record ProgressReport(long id, long planId, String planTitle, String period, ReportStatus status,
        String createdBy, String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
        Instant lockedAt, String decisionNote, Map<Long, String> narratives, int version) {

    /** Whether this report locks the values of its period. */
    public boolean locksValues() {
        return status == ReportStatus.APPROVED || status == ReportStatus.LOCKED;
    }
}
