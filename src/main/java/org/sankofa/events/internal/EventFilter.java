package org.sankofa.events.internal;

import java.time.LocalDate;

import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;

/**
 * A search of the events: kind, status, country, organiser (an organisation), and events that overlap a span of days
 * (either end open; an event without a year is left out when a span is given); a page (from 0) of a given size.
 */
public record EventFilter(EventKind kind, EventStatus status, String country, Long organiser, LocalDate from,
        LocalDate to, int page, int size) {

    public static final int PAGE_SIZE = 25;

    public EventFilter {
        page = Math.max(page, 0);
        size = Math.max(1, Math.min(size, 200));
    }

    public long offset() {
        return (long) page * size;
    }
}
