package org.sankofa.events.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.events.EventId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What certificates of attendance say: the event, its organisers by their full names in the directory, and the
 * participants who attended at least one day with those days. Only those who see participants (the event's organisers
 * and administrators, {@link Events#editable}) print them; each print is audited with the event and whose certificate
 * it is (the participant's id, or how many for the whole list), never a name. A participant without attendance gets
 * no certificate (409 with a message), never an empty one.
 */
@Service
public class Certificates {

    private final Events events;
    private final Participants participants;
    private final Directory directory;
    private final AuditLog audit;

    Certificates(Events events, Participants participants, Directory directory, AuditLog audit) {
        this.events = events;
        this.participants = participants;
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * The certificates to print: the event, its organisers ({@code Full name (ACRONYM)}), the event's days and the
     * participants who attended.
     */
    public record Certificate(Event event, List<String> organisers, List<LocalDate> eventDays,
            List<Participant> participants) {
    }

    /** The certificate of one participant (404 for a participant of another event, 409 without attendance). */
    @Transactional
    public Certificate of(EventId eventId, long participantId, CurrentUser user) {
        Event event = events.editable(eventId, user);
        Participant participant = participants.read(eventId).stream().filter(p -> p.id() == participantId)
                .findFirst().orElseThrow(() -> new NotFoundException("participant"));
        if (participant.days().isEmpty()) {
            throw new ConflictException("event.certificate.noAttendance");
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_CERTIFICATE_PRINTED", "event", eventId.value(),
                "participant=" + participantId));
        return new Certificate(event, organisers(event), Participants.days(event), List.of(participant));
    }

    /** A certificate for every participant who attended at least one day (409 when nobody did). */
    @Transactional
    public Certificate all(EventId eventId, CurrentUser user) {
        Event event = events.editable(eventId, user);
        List<Participant> attended = participants.read(eventId).stream().filter(p -> !p.days().isEmpty()).toList();
        if (attended.isEmpty()) {
            throw new ConflictException("event.certificate.nobody");
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_CERTIFICATES_PRINTED", "event", eventId.value(),
                "number=" + attended.size()));
        return new Certificate(event, organisers(event), Participants.days(event), attended);
    }

    private List<String> organisers(Event event) {
        return directory.organisations(event.organiserIds().stream().map(OrganisationId::new).toList()).values()
                .stream().sorted(Comparator.comparing(Organisation::name))
                .map(o -> o.acronym() == null || o.acronym().isBlank() || o.acronym().equals(o.name()) ? o.name()
                        : o.name() + " (" + o.acronym() + ")")
                .toList();
    }
}
