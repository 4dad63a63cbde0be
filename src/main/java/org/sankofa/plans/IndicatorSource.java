package org.sankofa.plans;

import java.util.Locale;

/** Where an indicator's values come from: entered by a person, or computed from cases or events. */
public enum IndicatorSource {
    MANUAL, COMPUTED;

    /** The message key of its name, e.g. {@code plan.source.manual}. */
    public String messageKey() {
        return "plan.source." + name().toLowerCase(Locale.ROOT);
    }
}
