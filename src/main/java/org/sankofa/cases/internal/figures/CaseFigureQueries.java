package org.sankofa.cases.internal.figures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.sankofa.cases.CaseFigures;
import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.VictimMeasure;
import org.sankofa.database.ReplicaReads;
import org.springframework.stereotype.Service;

/**
 * {@link CaseFigures} in SQL: one aggregate query per call, grouped by the few clear columns the breakdowns need
 * (sex, age, forms of exploitation, country), so the database returns at most a few thousand groups however many
 * cases there are. The date filter comes first and uses an index of V23 (identification date, service delivery date,
 * return arrival date).
 *
 * <p>The queries go through {@link ReplicaReads}: to the streaming replica when one is configured (a figure may then
 * be a little behind the primary), to the primary otherwise, and to the primary inside a transaction that writes.
 * One statement each, so they need no transaction of their own.
 */
@Service
class CaseFigureQueries implements CaseFigures {

    /** Persons screened "not a victim" are not counted by any measure. */
    private static final String VICTIM = "c.trafficking_status <> 'NotAVictimOfTrafficking'";

    private final ReplicaReads reads;

    CaseFigureQueries(ReplicaReads reads) {
        this.reads = reads;
    }

    @Override
    public List<Group> groups(VictimMeasure measure, CountryBasis basis, Collection<String> countries,
            LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        String[] codes = countries.stream().distinct().sorted().toArray(String[]::new);
        if (codes.length == 0) {
            return List.of();
        }
        String sql = sql(measure, basis);
        return reads.read(jdbc -> jdbc.sql(sql).params(from, to, codes)
                .query((rs, n) -> new Group(rs.getString("sex"), rs.getInt("age"),
                        Arrays.asList((String[]) rs.getArray("forms").getArray()), rs.getString("country"),
                        rs.getLong("persons")))
                .list());
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
}
