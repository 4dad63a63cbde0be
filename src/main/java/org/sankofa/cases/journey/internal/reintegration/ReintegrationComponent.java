package org.sankofa.cases.journey.internal.reintegration;
import org.sankofa.cases.journey.internal.returns.ReturnCode;

public enum ReintegrationComponent implements ReturnCode {
    RETURN_TO_SCHOOL, VOCATIONAL_TRAINING, INCOME_GENERATING_ACTIVITY, HEALTH, PSYCHOSOCIAL_SUPPORT,
    FAMILY_SUPPORT_AND_HOUSING, COMMUNITY_SENSITISATION;

    @Override
    public String listKey() {
        return "component";
    }
}
