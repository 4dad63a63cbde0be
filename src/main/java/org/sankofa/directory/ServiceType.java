package org.sankofa.directory;

/**
 * The kinds of service a victim receives: the one code list for what a case records as delivered or referred
 * (cases' assistance) and for what a partner offers (the directory's partner services). Labelled in
 * {@code i18n/case-care} ({@code care.service.SHELTER}…).
 */
public enum ServiceType {
    SHELTER, MEDICAL, PSYCHOSOCIAL, LEGAL, DOCUMENTATION, EDUCATION, VOCATIONAL_TRAINING, INCOME_GENERATING_ACTIVITY,
    FAMILY_TRACING, INTERPRETATION, FOOD_AND_CLOTHING, TRANSPORT, OTHER;

    public String messageKey() {
        return "care.service." + name();
    }
}
