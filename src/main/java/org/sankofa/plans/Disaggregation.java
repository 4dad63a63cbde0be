package org.sankofa.plans;

import java.util.Locale;

/**
 * How an indicator's value is broken down (its parts must sum to the total). CITIZENSHIP (national / foreign, or a
 * country) is the breakdown of aggregate criminal-justice figures that UNODC's global report asks for.
 */
public enum Disaggregation {
    SEX, AGE_GROUP, COUNTRY, FORM_OF_EXPLOITATION, CITIZENSHIP;

    /** The message key of its name, e.g. {@code plan.disaggregation.sex}. */
    public String messageKey() {
        return "plan.disaggregation." + name().toLowerCase(Locale.ROOT);
    }
}
