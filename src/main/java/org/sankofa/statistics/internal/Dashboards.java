package org.sankofa.statistics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.sankofa.cases.CaseTallies.Dimension;
import org.sankofa.cases.CaseTallies.Sum;
import org.sankofa.cases.CaseTallies;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.Disclosure;
import org.sankofa.shared.Figure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Builds a person's dashboard from the live tallies: the sums of every dimension in one query, grouped into the
 * page's breakdowns, then — outside the exact reach of a case office — small cells suppressed, with the cells that a
 * second request with one filter fewer would reveal by subtraction.
 */
@Service
public class Dashboards {

    /** The breakdowns in the page's order; those marked false are not partitions of the total. */
    private static final Map<String, Boolean> BREAKDOWNS = new LinkedHashMap<>();

    static {
        for (String name : List.of("year", "quarter", "month", "sex", "child", "age", "pyramid", "form", "citizenship",
                "country", "corridor", "flow", "referral", "organisation", "office")) {
            BREAKDOWNS.put(name, !name.equals("form") && !name.equals("flow"));
        }
    }

    /** The CTDC's age bands (the Counter Trafficking Data Collaborative's global dataset), by their first age. */
    static final Map<Integer, String> AGE_BANDS = new TreeMap<>(Map.of(0, "0-8", 9, "9-17", 18, "18-20", 21, "21-23",
            24, "24-26", 27, "27-29", 30, "30-38", 39, "39-47", 48, "48+"));

    private final CaseTallies tallies;
    private final Reaches reaches;
    private final Directory directory;
    private final Disclosure disclosure;
    private final JourneyTimes journeys;

    Dashboards(CaseTallies tallies, Reaches reaches, Directory directory, JourneyTimes journeys,
            @Value("${sankofa.statistics.threshold:5}") int threshold) {
        this.tallies = tallies;
        this.journeys = journeys;
        this.directory = directory;
        this.reaches = reaches;
        this.disclosure = new Disclosure(threshold);
    }

    public Dashboard of(CurrentUser user, StatisticsFilter filter) {
        Reach reach = reaches.of(user, filter.toYear());
        Map<String, String> organisationOf = new TreeMap<>();
        Map<String, Map<String, long[]>> counts = counted(filter, reach, organisationOf);
        Map<String, Map<String, Set<Integer>>> marked = new TreeMap<>();
        if (!reach.exact()) {
            for (StatisticsFilter wider : filter.relaxations()) {
                markDifferences(counts, counted(wider, reach, new TreeMap<>()), marked);
            }
            markComplements(counts, marked);
        }
        long[] total = counts.get("total").get("total");
        List<Figure> totals = new ArrayList<>();
        for (Measure m : Measure.values()) {
            boolean mark = marksOf(marked, "total", "total").contains(m.ordinal());
            totals.add(reach.exact() ? Figure.of(total[m.ordinal()]) : disclosure.total(total[m.ordinal()], mark));
        }
        List<Dashboard.Breakdown> breakdowns = new ArrayList<>();
        BREAKDOWNS.forEach((name, partition) -> {
            if ((name.equals("office") || name.equals("organisation")) && reach.officeId() != null) {
                return;
            }
            breakdowns.add(breakdown(name, partition, counts.get(name), totals, reach.exact(), marked,
                    key -> name.equals("office") ? List.of(organisationOf.getOrDefault(key, key))
                            : groupsOf(name, key)));
        });
        return new Dashboard(filter, reach, disclosure.threshold(), new Dashboard.Line("total", totals), breakdowns,
                journeys.of(filter, reach, disclosure, totals.get(Measure.IDENTIFIED.ordinal()),
                        totals.get(Measure.RETURNED.ordinal())));
    }

    private Dashboard.Breakdown breakdown(String name, boolean partition, Map<String, long[]> lines,
            List<Figure> totals, boolean exact, Map<String, Map<String, Set<Integer>>> marked,
            Function<String, List<String>> groups) {
        List<String> keys = new ArrayList<>(lines.keySet());
        List<String> bands = List.copyOf(AGE_BANDS.values());
        if (name.equals("age")) {
            keys.sort(Comparator.comparing(bands::indexOf));
        } else if (name.equals("pyramid")) {
            keys.sort(Comparator.comparing((String k) -> k.substring(0, k.indexOf('|')))
                    .thenComparing(k -> bands.indexOf(k.substring(k.indexOf('|') + 1))));
        } else if (!List.of("year", "quarter", "month", "child").contains(name)) {
            keys.sort(Comparator.comparing(String::isEmpty).thenComparingLong((String k) -> -lines.get(k)[0])
                    .thenComparing(k -> k));
        }
        List<List<Figure>> columns = new ArrayList<>();
        for (Measure m : Measure.values()) {
            List<Long> values = keys.stream().map(k -> lines.get(k)[m.ordinal()]).toList();
            if (exact) {
                columns.add(values.stream().map(Figure::of).toList());
                continue;
            }
            Set<Integer> positions = new HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                if (marksOf(marked, name, keys.get(i)).contains(m.ordinal())) {
                    positions.add(i);
                }
            }
            List<Figure> column = disclosure.column(values, totals.get(m.ordinal()), partition, positions);
            columns.add(protectGroups(keys, column, groups));
        }
        List<Dashboard.Line> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<Figure> figures = new ArrayList<>();
            for (List<Figure> column : columns) {
                figures.add(column.get(i));
            }
            out.add(new Dashboard.Line(keys.get(i), figures));
        }
        return new Dashboard.Breakdown(name, partition, out);
    }

    /** The counts of a filter in a reach; the organisation of each office (by code) put in {@code organisationOf}. */
    private Map<String, Map<String, long[]>> counted(StatisticsFilter filter, Reach reach,
            Map<String, String> organisationOf) {
        Map<String, Map<String, long[]>> counts = grouped(tallies.sums(filter.query(reach)));
        namedOffices(counts, organisationOf);
        return counts;
    }

    /**
     * The office lines keyed by the office's code instead of its id, and summed by organisation into the organisation
     * lines (keyed by the organisation's acronym, or its name when it has none).
     */
    private void namedOffices(Map<String, Map<String, long[]>> counts, Map<String, String> organisationOf) {
        Map<String, long[]> lines = counts.get("office");
        Map<OfficeId, Office> offices = directory.offices(lines.keySet().stream()
                .map(id -> new OfficeId(Long.parseLong(id))).toList());
        Map<OrganisationId, Organisation> organisations = directory.organisations(
                offices.values().stream().map(Office::organisationId).distinct().toList());
        Map<String, long[]> named = new TreeMap<>();
        lines.forEach((id, values) -> {
            Office office = offices.get(new OfficeId(Long.parseLong(id)));
            named.put(office == null ? id : office.code(), values);
            String organisation = office == null ? id : organisationKey(organisations.get(office.organisationId()));
            add(counts, "organisation", organisation, values);
            organisationOf.put(office == null ? id : office.code(), organisation);
        });
        lines.clear();
        lines.putAll(named);
    }

    private static String organisationKey(Organisation organisation) {
        if (organisation == null) {
            return "";
        }
        return organisation.acronym() == null || organisation.acronym().isBlank() ? organisation.name()
                : organisation.acronym();
    }

    /**
     * The groups of a breakdown's cells whose sums are published in another breakdown: the pyramid's rows (a sex) and
     * columns (an age band), in the sex and age breakdowns; the months of a year and of a quarter, the quarters of a
     * year, in the year and quarter breakdowns (an office's organisation is known to the dashboard only). None for the
     * other breakdowns.
     */
    static List<String> groupsOf(String breakdown, String key) {
        return switch (breakdown) {
            case "pyramid" -> List.of("sex " + key.substring(0, key.indexOf('|')),
                    "band " + key.substring(key.indexOf('|') + 1));
            case "quarter" -> List.of("year " + key.substring(0, 4));
            case "month" -> List.of("year " + key.substring(0, 4), "quarter " + quarter(key));
            default -> List.of();
        };
    }

    /** The quarter of a month: {@code 2025-05} is {@code 2025-Q2}. */
    static String quarter(String month) {
        return month.substring(0, 4) + "-Q" + ((Integer.parseInt(month.substring(5, 7)) + 2) / 3);
    }

    /** A breakdown's cells as published when groups of them sum to counts published elsewhere ({@link #groupsOf}). */
    private List<Figure> protectGroups(List<String> keys, List<Figure> column,
            Function<String, List<String>> groupsOf) {
        return disclosure.withinGroups(column, keys.stream().map(groupsOf).toList());
    }

    /** A cell whose count differs from the same cell one filter wider by a small number is marked. */
    private void markDifferences(Map<String, Map<String, long[]>> counts, Map<String, Map<String, long[]>> wider,
            Map<String, Map<String, Set<Integer>>> marked) {
        counts.forEach((name, lines) -> lines.forEach((key, values) -> {
            long[] other = wider.getOrDefault(name, Map.of()).getOrDefault(key, new long[4]);
            for (int m = 0; m < values.length; m++) {
                if (disclosure.small(other[m] - values[m])) {
                    marks(marked, name, key).add(m);
                }
            }
        }));
    }

    /** An outcome that falls short of its line's persons by a small number is marked: the rest would be singled out. */
    private void markComplements(Map<String, Map<String, long[]>> counts,
            Map<String, Map<String, Set<Integer>>> marked) {
        counts.forEach((name, lines) -> lines.forEach((key, values) -> {
            for (int m = 1; m < values.length; m++) {
                if (disclosure.small(values[0] - values[m])) {
                    marks(marked, name, key).add(m);
                }
            }
        }));
    }

    /** The measures marked for a line, to read (nothing is added). */
    private static Set<Integer> marksOf(Map<String, Map<String, Set<Integer>>> marked, String name, String key) {
        return marked.getOrDefault(name, Map.of()).getOrDefault(key, Set.of());
    }

    /** The measures marked for a line, to add to. */
    private static Set<Integer> marks(Map<String, Map<String, Set<Integer>>> marked, String name, String key) {
        return marked.computeIfAbsent(name, n -> new TreeMap<>()).computeIfAbsent(key, k -> new HashSet<>());
    }

    /**
     * The sums by breakdown name and category: ages banded, forms counted one by one, every year of the span; each
     * route counted under its corridor (first country to last; one country alone for a route within it) and under each
     * flow between two consecutive countries, once per person.
     */
    static Map<String, Map<String, long[]>> grouped(List<Sum> sums) {
        Map<String, Map<String, long[]>> out = new LinkedHashMap<>();
        out.put("total", new TreeMap<>(Map.of("total", new long[4])));
        BREAKDOWNS.keySet().forEach(name -> out.put(name, new TreeMap<>()));
        for (Sum sum : sums) {
            long[] values = {sum.persons(), sum.assisted(), sum.returned(), sum.reintegrated()};
            switch (sum.dimension()) {
                case TOTAL -> add(out, "total", "total", values);
                case YEAR -> add(out, "year", sum.key(), values);
                case MONTH -> {
                    add(out, "month", sum.key(), values);
                    add(out, "quarter", quarter(sum.key()), values);
                }
                case SEX -> add(out, "sex", sum.key(), values);
                case AGE -> {
                    int age = Integer.parseInt(sum.key());
                    add(out, "age", band(age), values);
                    add(out, "child", age < 18 ? "child" : "adult", values);
                }
                case FORMS -> {
                    if (sum.key().isEmpty()) {
                        add(out, "form", "", values);
                    }
                    for (String form : sum.key().isEmpty() ? new String[0] : sum.key().split(",")) {
                        add(out, "form", form, values);
                    }
                }
                case CITIZENSHIP -> add(out, "citizenship", sum.key(), values);
                case COUNTRY -> add(out, "country", sum.key(), values);
                case REFERRAL_SOURCE -> add(out, "referral", sum.key(), values);
                case OFFICE -> add(out, "office", sum.key(), values);
                case ROUTE -> {
                    List<String> countries = List.of(sum.key().split(">"));
                    String first = countries.get(0);
                    String last = countries.get(countries.size() - 1);
                    add(out, "corridor", first.equals(last) ? first : first + ">" + last, values);
                    Set<String> flows = new LinkedHashSet<>();
                    for (int i = 1; i < countries.size(); i++) {
                        flows.add(countries.get(i - 1) + ">" + countries.get(i));
                    }
                    flows.forEach(flow -> add(out, "flow", flow, values));
                }
                case SEX_AGE -> {
                    String[] sexAge = sum.key().split("\\|");
                    add(out, "pyramid", sexAge[0] + "|" + band(Integer.parseInt(sexAge[1])), values);
                }
            }
        }
        unrecordedRoutes(out);
        return out;
    }

    /** The corridors with a line for the persons whose route is not recorded, so that they sum to the total. */
    private static void unrecordedRoutes(Map<String, Map<String, long[]>> out) {
        long[] rest = out.get("total").get("total").clone();
        out.get("corridor").values().forEach(line -> {
            for (int i = 0; i < rest.length; i++) {
                rest[i] -= line[i];
            }
        });
        if (rest[0] > 0) {
            out.get("corridor").put("", rest);
        }
    }

    /** The CTDC band of an age. */
    static String band(int age) {
        return ((TreeMap<Integer, String>) AGE_BANDS).floorEntry(age).getValue();
    }

    private static void add(Map<String, Map<String, long[]>> out, String name, String key, long[] values) {
        long[] line = out.get(name).computeIfAbsent(key, k -> new long[4]);
        for (int i = 0; i < values.length; i++) {
            line[i] += values[i];
        }
    }
}
