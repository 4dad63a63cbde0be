package org.sankofa.cases.internal.care;

public enum RiskLevel implements CareCode {
    LOW, MEDIUM, HIGH;

    @Override
    public String listKey() {
        return "risk-level";
    }
}
