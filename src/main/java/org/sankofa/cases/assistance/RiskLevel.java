package org.sankofa.cases.assistance;
import org.sankofa.cases.internal.ListCode;

public enum RiskLevel implements ListCode {
    LOW, MEDIUM, HIGH;

    @Override
    public String listKey() {
        return "risk-level";
    }
}
