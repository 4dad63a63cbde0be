package org.sankofa.cases.internal.statistics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sankofa.cases.AgeBand;
import org.sankofa.cases.CaseStatistics;
import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.Gender;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.cases.VictimCounts;
import org.sankofa.cases.VictimMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseStatistics} in SQL: one aggregate query per call, grouped by the few clear columns the breakdowns need
 * (sex, age, forms of exploitation, country), so the database returns at most a few thousand groups however many
 * cases there are, and the breakdowns are summed here. The date filter comes first and uses an index of V23
 * (identification date, service delivery date, return arrival date).
 */
@Service
class CaseStatisticsQueries implements CaseStatistics {

    /** Persons screened "not a victim" are not counted by any measure. */
    private static final String VICTIM = "c.trafficking_status <> 'NotAVictimOfTrafficking'";

    private final JdbcClient jdbc;

    CaseStatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public VictimCounts count(VictimMeasure measure, CountryBasis basis, Collection<String> countries,
            LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        String[] codes = countries.stream().distinct().sorted().toArray(String[]::new);
        Tally tally = new Tally();
        if (codes.length > 0) {
            jdbc.sql(sql(measure, basis)).params(from, to, codes).query(rs -> {
                tally.add(rs.getString("sex"), rs.getInt("age"), (String[]) rs.getArray("forms").getArray(),
                        rs.getString("country"), rs.getLong("persons"));
            });
        }
        return tally.counts(measure, basis, List.of(codes), from, to);
    }

    /** The query of a measure: one row per combination of the clear columns the breakdowns need. */
    static String sql(VictimMeasure measure, CountryBasis basis) {
        String country = switch (basis) {
            case IDENTIFIED_IN -> "c.identified_country";
            case CITIZENS_OF -> "c.citizenship";
        };
        String from = switch (measure) {
            // identified in the period
            case VICTIMS_IDENTIFIED -> "case_file c where c.identified_on between ? and ?";
            // at least one service delivered in the period (a person served twice counts once)
            case VICTIMS_ASSISTED -> """
                    case_file c where c.id in (select s.case_id from case_service s
                                               where s.delivered_on between ? and ?)""";
            // arrived home (or at the destination of the return) in the period; one return plan per case
            case VICTIMS_RETURNED -> """
                    case_file c join case_return_plan r on r.case_id = c.id
                    where r.status = 'ARRIVED' and r.arrived_on between ? and ?""";
        };
        return "select c.sex, c.age_at_identification as age, c.exploitation_types as forms, " + country
                + " as country, count(*) as persons\nfrom " + from + "\n  and " + country + " = any(?) and " + VICTIM
                + "\ngroup by 1, 2, 3, 4";
    }

    /** Sums the groups into the total and the breakdowns. */
    private static final class Tally {
        private long total;
        private long children;
        private long adults;
        private final Map<Gender, Long> bySex = new EnumMap<>(Gender.class);
        private final Map<AgeBand, Long> byBand = new EnumMap<>(AgeBand.class);
        private final Map<TypeOfExploitation, Long> byForm = new EnumMap<>(TypeOfExploitation.class);
        private final Map<String, Long> byCountry = new TreeMap<>();

        void add(String sex, int age, String[] forms, String country, long persons) {
            total += persons;
            bySex.merge(gender(sex), persons, Long::sum);
            if (age < 18) {
                children += persons;
            } else {
                adults += persons;
            }
            for (AgeBand band : AgeBand.values()) {
                if (age >= band.min() && age <= band.max()) {
                    byBand.merge(band, persons, Long::sum);
                }
            }
            for (String form : forms) {
                try {
                    byForm.merge(TypeOfExploitation.fromValue(form), persons, Long::sum);
                } catch (IllegalArgumentException unknown) {
                    byForm.merge(TypeOfExploitation.OTHER, persons, Long::sum);
                }
            }
            if (country != null) {
                byCountry.merge(country, persons, Long::sum);
            }
        }

        private static Gender gender(String value) {
            try {
                return Gender.fromValue(value);
            } catch (IllegalArgumentException unknown) {
                return Gender.NON_SPECIFIED_UNKNOWN;
            }
        }

        VictimCounts counts(VictimMeasure measure, CountryBasis basis, List<String> countries, LocalDate from,
                LocalDate to) {
            return new VictimCounts(measure, basis, countries, from, to, total, Collections.unmodifiableMap(bySex),
                    children, adults, Collections.unmodifiableMap(byBand), Collections.unmodifiableMap(byForm),
                    Collections.unmodifiableMap(byCountry));
        }
    }
}
