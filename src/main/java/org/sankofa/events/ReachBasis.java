package org.sankofa.events;

import java.util.Locale;

/** How the people an awareness activity reached were known: counted (a head count, sign-in) or estimated. */
public enum ReachBasis {
    COUNTED, ESTIMATED;

    /** The message key of its name, e.g. {@code event.reach.basis.counted}. */
    public String messageKey() {
        return "event.reach.basis." + name().toLowerCase(Locale.ROOT);
    }
}
