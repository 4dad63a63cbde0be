package org.sankofa.events.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorFeed;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events' figures for the plans' computed indicators (docs/decisions/0009-computed-indicators.md, "Events"):
 * counts, never a person. What counts:
 * <ul>
 * <li>{@code events.events-held}: events of any kind HELD or REPORTED whose day held lies in the period, in the
 * countries where they were held;</li>
 * <li>{@code events.people-trained}: participants of a training HELD or REPORTED in the period who attended at least
 * one day (a person who attended two trainings counts twice: participants are per event), by the participant's
 * country (the country they serve, as the sign-in sheet gives it) or, when the sheet gives none, the country where
 * the training was held; {@code events.people-trained.border} and the other institution types count only
 * the participants of that institution type;</li>
 * <li>{@code events.awareness-reach}: the people reached (counted or estimated) by awareness activities and campaign
 * launches HELD or REPORTED in the period, in the countries where they were held.</li>
 * </ul>
 * The day held is the event's first day when its year is known, otherwise the day it was marked held; an event with
 * neither is counted in no period. Cancelled and planned events never count.
 */
@Component
@Order(10)
class EventFeed implements IndicatorFeed {

    static final String EVENTS_HELD = "events.events-held";
    static final String PEOPLE_TRAINED = "events.people-trained";
    static final String AWARENESS_REACH = "events.awareness-reach";
    /** The day an event counts on (held or reported events only). */
    static final String HELD_DAY = "coalesce(case when e.year_given then e.start_on end, e.held_on)";

    private final JdbcClient jdbc;

    EventFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key counting the people trained of one institution type, e.g. {@code events.people-trained.border}. */
    static String trained(InstitutionType type) {
        return PEOPLE_TRAINED + "." + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The HTCDS gender value the plans' SEX parts use for a participant's sex. */
    static String gender(ParticipantSex sex) {
        return switch (sex) {
            case FEMALE -> "Feminine";
            case MALE -> "Masculine";
            case NOT_STATED -> "NonSpecifiedUnknown";
        };
    }

    @Override
    public List<Computation> computations() {
        List<Computation> all = new ArrayList<>();
        all.add(new Computation(EVENTS_HELD, Set.of(Disaggregation.COUNTRY)));
        all.add(new Computation(PEOPLE_TRAINED, Set.of(Disaggregation.SEX, Disaggregation.COUNTRY)));
        for (InstitutionType type : InstitutionType.values()) {
            all.add(new Computation(trained(type), Set.of(Disaggregation.SEX, Disaggregation.COUNTRY)));
        }
        all.add(new Computation(AWARENESS_REACH, Set.of(Disaggregation.COUNTRY)));
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public Count count(String key, Collection<String> countries, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
        String[] codes = countries == null ? new String[0] : countries.toArray(String[]::new);
        if (key.equals(EVENTS_HELD)) {
            return byCountry("select e.country_code, count(*) from event e where e.status in ('HELD', 'REPORTED')"
                    + " and e.country_code = any(:countries) and " + HELD_DAY + " between :from and :to"
                    + " group by e.country_code", codes, from, to);
        }
        if (key.equals(AWARENESS_REACH)) {
            return byCountry("select e.country_code, sum(e.reach) from event e where e.status in ('HELD', 'REPORTED')"
                    + " and e.kind = 'AWARENESS' and e.reach is not null and e.country_code = any(:countries)"
                    + " and " + HELD_DAY + " between :from and :to group by e.country_code", codes, from, to);
        }
        InstitutionType type = null;
        if (!key.equals(PEOPLE_TRAINED)) {
            type = java.util.Arrays.stream(InstitutionType.values()).filter(t -> trained(t).equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not a computation of the events: " + key));
        }
        var sql = jdbc.sql("""
                select coalesce(p.country_code, e.country_code) as country, p.sex, count(*)
                from event_participant p join event e on e.id = p.event_id
                where e.kind = 'TRAINING' and e.status in ('HELD', 'REPORTED')
                  and""" + " " + HELD_DAY + " between :from and :to" + """
                  and coalesce(p.country_code, e.country_code) = any(:countries)
                  and exists (select 1 from event_attendance a where a.participant_id = p.id)
                  and (cast(:type as text) is null or p.institution_type = :type)
                group by 1, 2 order by 1, 2""")
                .param("from", from).param("to", to).param("countries", codes)
                .param("type", type == null ? null : type.name());
        java.util.Map<String, Long> bySex = new java.util.TreeMap<>();
        java.util.Map<String, Long> byCountry = new java.util.TreeMap<>();
        long[] total = {0};
        sql.query((rs, n) -> {
            long count = rs.getLong(3);
            bySex.merge(gender(ParticipantSex.valueOf(rs.getString(2))), count, Long::sum);
            byCountry.merge(rs.getString(1).strip(), count, Long::sum);
            total[0] += count;
            return null;
        }).list();
        List<Part> parts = new ArrayList<>();
        bySex.forEach((sex, n) -> parts.add(new Part(Disaggregation.SEX, sex, n)));
        byCountry.forEach((country, n) -> parts.add(new Part(Disaggregation.COUNTRY, country, n)));
        return new Count(total[0], parts);
    }

    private Count byCountry(String query, String[] countries, LocalDate from, LocalDate to) {
        List<Part> parts = new ArrayList<>();
        long[] total = {0};
        jdbc.sql(query).param("countries", countries).param("from", from).param("to", to).query((rs, n) -> {
            long count = rs.getLong(2);
            parts.add(new Part(Disaggregation.COUNTRY, rs.getString(1).strip(), count));
            total[0] += count;
            return null;
        }).list();
        parts.sort(java.util.Comparator.comparing(Part::category));
        return new Count(total[0], parts);
    }
}
