package org.sankofa.cases.internal.care;

import java.time.LocalDate;

/** What the care sections show about the case itself: no identifying data. */
public record CaseFacts(long id, String caseNumber, String status, boolean child, LocalDate closedOn,
        String closureReason) {

    public boolean closed() {
        return "Closed".equals(status) || "ClosedReferred".equals(status);
    }
}
