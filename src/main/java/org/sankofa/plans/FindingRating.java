package org.sankofa.plans;

import java.util.Locale;

/** The four-level rating of a finding, best first. */
public enum FindingRating {
    HIGHLY_SATISFACTORY, SATISFACTORY, UNSATISFACTORY, HIGHLY_UNSATISFACTORY;

    /** The message key of its name, e.g. {@code evaluation.rating.highly_satisfactory}. */
    public String messageKey() {
        return "evaluation.rating." + name().toLowerCase(Locale.ROOT);
    }
}
