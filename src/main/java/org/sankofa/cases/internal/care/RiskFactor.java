package org.sankofa.cases.internal.care;

public enum RiskFactor implements CareCode {
    FAMILY_INVOLVED_IN_RECRUITMENT, DEBT, NO_SCHOOLING, PRIOR_TRAFFICKING, RECRUITER_AT_LARGE, UNSAFE_HOME, OTHER;

    @Override
    public String listKey() {
        return "risk-factor";
    }
}
