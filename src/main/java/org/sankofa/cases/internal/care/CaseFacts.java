package org.sankofa.cases.internal.care;

import java.time.LocalDate;

/**
 * What the care sections show about the case itself: no identifying data. {@code readOnly} when the person's
 * office transferred the case to another office (it may read, not change).
 */
public record CaseFacts(long id, String caseNumber, String status, boolean child, LocalDate closedOn,
        String closureReason, boolean readOnly) {

    public boolean closed() {
        return "Closed".equals(status) || "ClosedReferred".equals(status);
    }
}
