package org.sankofa.events.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;

/**
 * A participant of an event, with the days they attended and their pre- and post-test scores (percent). Personal data: read only by the event's organisers and
 * administrators ({@link Participants}); never written to the log, a URL or an event.
 */
public record Participant(long id, String name, String organisation, String countryCode,
        InstitutionType institutionType, ParticipantSex sex, String contact, boolean synthetic,
        List<LocalDate> days, BigDecimal preScore, BigDecimal postScore) {
}
