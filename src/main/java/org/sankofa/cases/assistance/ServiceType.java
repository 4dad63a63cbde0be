package org.sankofa.cases.assistance;
import org.sankofa.cases.internal.ListCode;

public enum ServiceType implements ListCode {
    SHELTER, MEDICAL, PSYCHOSOCIAL, LEGAL, DOCUMENTATION, EDUCATION, VOCATIONAL_TRAINING, INCOME_GENERATING_ACTIVITY, FAMILY_TRACING, FOOD_AND_CLOTHING, TRANSPORT, OTHER;

    @Override
    public String listKey() {
        return "service";
    }
}
