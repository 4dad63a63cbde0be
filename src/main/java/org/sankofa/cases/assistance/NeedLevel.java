package org.sankofa.cases.assistance;
import org.sankofa.cases.internal.ListCode;

public enum NeedLevel implements ListCode {
    NONE, LOW, MEDIUM, HIGH, URGENT;

    @Override
    public String listKey() {
        return "need-level";
    }
}
