package org.sankofa.cases.internal.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sankofa.cases.CaseTallies;
import org.sankofa.database.ReplicaReads;
import org.springframework.stereotype.Service;

/**
 * {@link CaseTallies} in SQL: one statement over {@code case_tally} (V49) with a grouping set per dimension, so the
 * rows of the span are read once whatever the number of breakdowns ({@code grouping(...)} says which set a row sums),
 * one over {@code case_route_tally} (V50) for the routes, and one for the journey times (V52), with the same
 * conditions.
 */
@Service
class CaseTallyQueries implements CaseTallies {

    /** The grouping sets, in the order of the bits of {@code grouping(month, sex, age, forms, ...)}. */
    private static final String COLUMNS = "month, sex, age, forms, citizenship, identified_country, referral_source,"
            + " office_id";
    private static final String SETS = "(extract(year from month)), (month), (sex), (age), (sex, age), (forms),"
            + " (citizenship), (identified_country), (referral_source), (office_id), ()";

    private final ReplicaReads reads;

    CaseTallyQueries(ReplicaReads reads) {
        this.reads = reads;
    }

    @Override
    public List<Sum> sums(Query query) {
        if (query.countries() != null && query.countries().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        String sql = "select extract(year from month)::int as year, " + COLUMNS
                + ", grouping(extract(year from month), " + COLUMNS + ") as g,"
                + " sum(persons) as persons, sum(assisted) as assisted, sum(returned) as returned,"
                + " sum(reintegrated) as reintegrated from case_tally where " + where
                + " group by grouping sets (" + SETS + ")";
        List<Sum> sums = new ArrayList<>(reads.read(jdbc -> jdbc.sql(sql).params(params).query((rs, n) -> {
            Dimension dimension = dimension(rs.getInt("g"));
            String key = switch (dimension) {
                case TOTAL -> "total";
                case YEAR -> Integer.toString(rs.getInt("year"));
                case MONTH -> rs.getDate("month").toLocalDate().toString().substring(0, 7);
                case SEX -> rs.getString("sex");
                case AGE -> Integer.toString(rs.getInt("age"));
                case SEX_AGE -> rs.getString("sex") + "|" + rs.getInt("age");
                case FORMS -> String.join(",", (String[]) rs.getArray("forms").getArray());
                case CITIZENSHIP -> rs.getString("citizenship") == null ? "" : rs.getString("citizenship");
                case COUNTRY -> rs.getString("identified_country");
                case REFERRAL_SOURCE -> rs.getString("referral_source");
                case OFFICE -> Long.toString(rs.getLong("office_id"));
                case ROUTE -> throw new IllegalStateException("routes are summed apart");
            };
            return new Sum(dimension, key, rs.getLong("persons"), rs.getLong("assisted"), rs.getLong("returned"),
                    rs.getLong("reintegrated"));
        }).list().stream().filter(sum -> sum.persons() > 0 || sum.dimension() == Dimension.TOTAL).toList()));
        sums.addAll(routes(query));
        return sums;
    }

    private static String where(Query query, Map<String, Object> params) {
        params.put("from", Date.valueOf(LocalDate.of(query.fromYear(), 1, 1)));
        params.put("to", Date.valueOf(LocalDate.of(query.toYear(), 12, 1)));
        StringBuilder where = new StringBuilder("month between :from and :to");
        if (query.countries() != null) {
            where.append(" and identified_country = any(:countries)");
            params.put("countries", query.countries().stream().sorted().toArray(String[]::new));
        }
        condition(where, params, "office_id", "officeId", query.officeId());
        condition(where, params, "sex", "sex", query.sex());
        condition(where, params, "citizenship", "citizenship", query.citizenship());
        if (query.child() != null) {
            where.append(query.child() ? " and age < 18" : " and age >= 18");
        }
        if (query.exploitation() != null) {
            where.append(" and forms @> array[cast(:form as varchar)]");
            params.put("form", query.exploitation());
        }
        if (query.ageBand() != null) {
            where.append(" and age between :ageMin and :ageMax");
            params.put("ageMin", query.ageBand().min());
            params.put("ageMax", query.ageBand().max());
        }
        return where.toString();
    }

    @Override
    public List<Journey> journeys(Query query) {
        if (query.countries() != null && query.countries().isEmpty()) {
            return journeys(new long[Milestone.values().length * DaysBand.values().length]);
        }
        Map<String, Object> params = new HashMap<>();
        List<String> columns = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            for (DaysBand band : DaysBand.values()) {
                String column = milestone.name().toLowerCase(Locale.ROOT) + "_"
                        + (band == DaysBand.LATER ? "later" : Integer.toString(band.lastDay()));
                columns.add("coalesce(sum(" + column + "), 0)");
            }
        }
        String sql = "select " + String.join(", ", columns) + " from case_tally where " + where(query, params);
        long[] sums = reads.read(jdbc -> jdbc.sql(sql).params(params).query((rs, n) -> {
            long[] values = new long[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        }).single());
        return journeys(sums);
    }

    /** The journeys from the sums of the columns, milestone by milestone, band by band. */
    private static List<Journey> journeys(long[] sums) {
        int bands = DaysBand.values().length;
        List<Journey> out = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            List<Long> persons = new ArrayList<>();
            for (int b = 0; b < bands; b++) {
                persons.add(sums[milestone.ordinal() * bands + b]);
            }
            out.add(new Journey(milestone, persons));
        }
        return out;
    }

    /** The persons of each route (V50), under the same conditions as the other sums. */
    private List<Sum> routes(Query query) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select array_to_string(route, '>') as route, sum(persons) as persons, sum(assisted) as assisted,"
                + " sum(returned) as returned, sum(reintegrated) as reintegrated from case_route_tally where "
                + where(query, params) + " group by route having sum(persons) > 0";
        return reads.read(jdbc -> jdbc.sql(sql).params(params).query((rs, n) -> new Sum(Dimension.ROUTE,
                rs.getString("route"), rs.getLong("persons"), rs.getLong("assisted"), rs.getLong("returned"),
                rs.getLong("reintegrated"))).list());
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String column, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    /**
     * The dimension of a row from its grouping bits: one bit per expression of {@code grouping(year, month, sex, age,
     * forms, citizenship, country, referral source, office)}, the first the highest, set when the row does not group
     * by it.
     */
    static Dimension dimension(int bits) {
        int grouped = ~bits & 0b1_1111_1111;
        return switch (grouped) {
            case 0 -> Dimension.TOTAL;
            case 0b1_0000_0000 -> Dimension.YEAR;
            case 0b0_1000_0000 -> Dimension.MONTH;
            case 0b0_0100_0000 -> Dimension.SEX;
            case 0b0_0010_0000 -> Dimension.AGE;
            case 0b0_0110_0000 -> Dimension.SEX_AGE;
            case 0b0_0001_0000 -> Dimension.FORMS;
            case 0b0_0000_1000 -> Dimension.CITIZENSHIP;
            case 0b0_0000_0100 -> Dimension.COUNTRY;
            case 0b0_0000_0010 -> Dimension.REFERRAL_SOURCE;
            case 0b0_0000_0001 -> Dimension.OFFICE;
            default -> throw new IllegalStateException("unexpected grouping " + bits);
        };
    }
}
