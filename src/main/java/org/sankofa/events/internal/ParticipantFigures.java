package org.sankofa.events.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;

/** What everyone who reads an event sees of its participants: counts, never a name. */
public record ParticipantFigures(long participants, Map<ParticipantSex, Long> bySex,
        Map<InstitutionType, Long> byInstitution, List<DayCount> attendance) {

    /** How many attended on a day. */
    public record DayCount(LocalDate day, long present) {
    }
}
