package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;

import org.sankofa.identity.CurrentUser;

/**
 * An organiser's work on events, for their home page (module {@code work}): the events of their organisation coming
 * up, and those held whose report is still to write. Administrators see every event's.
 */
public interface EventWork {

    /** An event as a home page lists it; {@code when} is its dates in words, as far as they are known. */
    record EventItem(EventId id, String title, EventKind kind, EventStatus status, LocalDate startOn, String when) {
    }

    /** At most this many of each list. */
    int LIMIT = 20;

    /** Planned events of the person's organisation, the soonest first (those without a year last). */
    List<EventItem> upcoming(CurrentUser user);

    /** Held events of the person's organisation whose report is not written yet, the oldest first. */
    List<EventItem> awaitingReport(CurrentUser user);
}
