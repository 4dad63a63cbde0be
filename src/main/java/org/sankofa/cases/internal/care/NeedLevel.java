package org.sankofa.cases.internal.care;

public enum NeedLevel implements CareCode {
    NONE, LOW, MEDIUM, HIGH, URGENT;

    @Override
    public String listKey() {
        return "need-level";
    }
}
