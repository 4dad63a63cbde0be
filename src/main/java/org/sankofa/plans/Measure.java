package org.sankofa.plans;

import java.util.Locale;

/** What an indicator's value is: a number, a percent (0–100), a ratio (numerator / denominator), yes or no, or text. */
public enum Measure {
    NUMBER, PERCENT, RATIO, YES_NO, TEXT;

    /** The message key of its name, e.g. {@code plan.measure.number}. */
    public String messageKey() {
        return "plan.measure." + name().toLowerCase(Locale.ROOT);
    }
}
