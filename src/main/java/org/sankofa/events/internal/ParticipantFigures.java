package org.sankofa.events.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;

/** What everyone who reads an event sees of its participants: counts, never a name. */
public record ParticipantFigures(long participants, Map<ParticipantSex, Long> bySex,
        Map<InstitutionType, Long> byInstitution, List<DayCount> attendance, Scores scores) {

    /**
     * The pre- and post-test scores of the participants who have both: how many, the averages (percent) and the
     * improvement (post minus pre, in points); the averages are null when nobody has both.
     */
    public record Scores(long scored, BigDecimal averagePre, BigDecimal averagePost, BigDecimal improvement) {
    }

    /** How many attended on a day. */
    public record DayCount(LocalDate day, long present) {
    }
}
