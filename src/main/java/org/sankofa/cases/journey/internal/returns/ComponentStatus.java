package org.sankofa.cases.journey.internal.returns;

public enum ComponentStatus implements ReturnCode {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    @Override
    public String listKey() {
        return "componentStatus";
    }
}
