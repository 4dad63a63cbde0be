package org.sankofa.plans;

import java.util.Locale;

/** The priority of a recommendation. */
public enum RecommendationPriority {
    HIGH, MEDIUM, LOW;

    /** The message key of its name, e.g. {@code evaluation.priority.high}. */
    public String messageKey() {
        return "evaluation.priority." + name().toLowerCase(Locale.ROOT);
    }
}
