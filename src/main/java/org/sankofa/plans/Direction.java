package org.sankofa.plans;

import java.util.Locale;

/** Which way an indicator improves. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** The message key of its name, e.g. {@code plan.direction.higher_is_better}. */
    public String messageKey() {
        return "plan.direction." + name().toLowerCase(Locale.ROOT);
    }
}
