package org.sankofa.events;

import java.util.Locale;
import java.util.Set;

/**
 * Where an event stands: PLANNED, then HELD, then REPORTED (its report written); or CANCELLED before it was held.
 * Each step is dated and audited.
 */
public enum EventStatus {
    PLANNED, HELD, REPORTED, CANCELLED;

    /** The message key of its name, e.g. {@code event.status.planned}. */
    public String messageKey() {
        return "event.status." + name().toLowerCase(Locale.ROOT);
    }

    /** The statuses an event may move to from this one. */
    public Set<EventStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(HELD, CANCELLED);
            case HELD -> Set.of(REPORTED);
            case REPORTED, CANCELLED -> Set.of();
        };
    }

    /** Whether the event took place (observers read only these). */
    public boolean held() {
        return this == HELD || this == REPORTED;
    }
}
