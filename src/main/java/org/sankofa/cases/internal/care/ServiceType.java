package org.sankofa.cases.internal.care;

public enum ServiceType implements CareCode {
    SHELTER, MEDICAL, PSYCHOSOCIAL, LEGAL, DOCUMENTATION, EDUCATION, VOCATIONAL_TRAINING, INCOME_GENERATING_ACTIVITY, FAMILY_TRACING, FOOD_AND_CLOTHING, TRANSPORT, OTHER;

    @Override
    public String listKey() {
        return "service";
    }
}
