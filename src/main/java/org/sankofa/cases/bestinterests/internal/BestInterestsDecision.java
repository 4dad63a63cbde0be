package org.sankofa.cases.bestinterests.internal;

/** What a best-interests determination decides for a child. */
public enum BestInterestsDecision {
    RETURN_TO_FAMILY, ALTERNATIVE_CARE_IN_ORIGIN, LOCAL_INTEGRATION, THIRD_COUNTRY;

    public String messageKey() {
        return "bi.decision." + name();
    }
}
