package org.sankofa.cases.internal.returns;

public enum ComponentStatus implements ReturnCode {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    @Override
    public String listKey() {
        return "componentStatus";
    }
}
