package org.sankofa.cases.bestinterests.internal;

/** A supervisor's decision on a request: requested, then approved or rejected, once. */
public enum DecisionStatus {
    REQUESTED, APPROVED, REJECTED;

    public String messageKey() {
        return "bi.status." + name();
    }
}
