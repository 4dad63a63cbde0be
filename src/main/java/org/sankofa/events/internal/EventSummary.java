package org.sankofa.events.internal;

import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;

/** An event as a list shows it, with its organisers' names. */
public record EventSummary(long id, EventKind kind, String title, EventDates dates, String city, String countryCode,
        EventStatus status, String organisers) {
}
