package org.sankofa.events.internal;

import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;

/** What a person writes of a participant. */
public record ParticipantDraft(String name, String organisation, String countryCode,
        InstitutionType institutionType, ParticipantSex sex, String contact) {
}
