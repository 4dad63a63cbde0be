package org.sankofa.events.internal;

import java.time.LocalDate;
import java.util.List;

import org.sankofa.events.EventId;
import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;
import org.sankofa.events.ReachBasis;
import org.sankofa.plans.PlanActivities.ActivityRef;

/**
 * An event as its page shows it: what, when, where, who organised and funded it, which plan activities it serves,
 * its agenda and outputs, the event it follows up and the follow-ups that repeat it, the people an awareness
 * activity reached, and where it stands.
 */
public record Event(long id, EventKind kind, String title, EventDates dates, String city, String countryCode,
        String targetAudience, List<String> languages, String agenda, Long followsId, String followsTitle,
        EventStatus status, LocalDate heldOn, LocalDate reportedOn, LocalDate cancelledOn, String source,
        List<Named> organisers, List<Named> funders, List<ActivityRef> activities, List<Output> outputs,
        List<Named> followUps, Reach reach, int version) {

    /** An organisation or an event named by its id. */
    public record Named(long id, String name) {
    }

    /**
     * How many people an awareness activity or campaign launch reached, counted or estimated, and how (a radio
     * audience survey, a head count): an aggregate figure, never a person. Null when none is recorded.
     */
    public record Reach(int people, ReachBasis basis, String method) {
    }

    /** An output of the event: a document, recommendations or best practices, as a link. */
    public record Output(String title, String url) {
    }

    public EventId eventId() {
        return EventId.of(id);
    }

    /** The day of the current status (held, reported, cancelled); null while planned. */
    public LocalDate statusOn() {
        return switch (status) {
            case PLANNED -> null;
            case HELD -> heldOn;
            case REPORTED -> reportedOn;
            case CANCELLED -> cancelledOn;
        };
    }

    public List<Long> organiserIds() {
        return organisers.stream().map(Named::id).toList();
    }
}
