package org.sankofa.cases.assistance;
import org.sankofa.cases.internal.ListCode;

public enum RiskFactor implements ListCode {
    FAMILY_INVOLVED_IN_RECRUITMENT, DEBT, NO_SCHOOLING, PRIOR_TRAFFICKING, RECRUITER_AT_LARGE, UNSAFE_HOME, OTHER;

    @Override
    public String listKey() {
        return "risk-factor";
    }
}
