package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sankofa.identity.CurrentUser;

/**
 * An organiser's work on events, for their home page (module {@code work}): the events of their organisation coming
 * up, those held whose report is still to write, and their figures. Administrators see every event's.
 */
public interface EventWork {

    /** An event as a home page lists it; {@code when} is its dates in words, as far as they are known. */
    record EventItem(EventId id, String title, EventKind kind, EventStatus status, LocalDate startOn, String when) {
    }

    /**
     * The figures of the events of a person's organisation (an administrator: every event), counted as the plans'
     * computed indicators count them (docs/decisions/0009, "Events"): events held or reported, people trained
     * (participants of a training held who attended at least one day) by sex, institution type and the country they
     * serve, and people reached by awareness activities held. Counts, never a person.
     */
    record Figures(long eventsHeld, long peopleTrained, Map<ParticipantSex, Long> trainedBySex,
            Map<InstitutionType, Long> trainedByInstitution, Map<String, Long> trainedByCountry, long peopleReached) {
    }

    /** At most this many of each list. */
    int LIMIT = 20;

    /** Planned events of the person's organisation, the soonest first (those without a year last). */
    List<EventItem> upcoming(CurrentUser user);

    /** Held events of the person's organisation whose report is not written yet, the oldest first. */
    List<EventItem> awaitingReport(CurrentUser user);

    /** The figures of the person's organisation's events; all zero for someone who organises none. */
    Figures figures(CurrentUser user);
}
