package org.sankofa.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sankofa.shared.Figure;
import org.springframework.stereotype.Service;

/**
 * SDG indicator 16.2.2 — detected victims of trafficking in persons per 100,000 population — for one year, by country
 * of identification, for everyone and (in one country's view) by sex and for children and adults (decision 0022): the
 * persons identified, as the dashboard publishes them, over the population estimates imported ({@link Populations}).
 * A rate is worked out only from a count the dashboard shows — never from one it suppresses, and never from a count it
 * does not publish, so the rates reveal nothing the tables beside them do not (a country's persons by sex is not among
 * them when the view holds several countries). A rate has a denominator only when the estimates cover it exactly: a
 * sex's age groups from 0 with no gap to an open-ended last group; children and adults only when a group starts at
 * 18. Otherwise it has none, and says so: a rate is never worked out from a guess.
 */
@Service
public class DetectionRates {

    /** The parts of a country's year, in the table's order. */
    public enum Part {
        TOTAL, FEMININE, MASCULINE, CHILDREN, ADULTS
    }

    /**
     * A rate as published: the persons identified as the dashboard shows them (null when it does not publish them for
     * this part), the population divided by (null: no denominator) and the rate per 100,000 (null when either is
     * missing or the persons are suppressed).
     */
    public record Rate(Figure persons, Long population, BigDecimal per100k) {
    }

    /** A country's year: its rate for everyone and for each part. */
    public record Row(String country, int year, Map<Part, Rate> rates) {

        public Rate rate(Part part) {
            return rates.get(part);
        }
    }

    private final Populations populations;

    DetectionRates(Populations populations) {
        this.populations = populations;
    }

    /**
     * The rates of a dashboard of one year, a row per country that identified someone; empty for a span of several
     * years (the indicator is yearly) and for a case office's view (its cases are not a country's).
     */
    public List<Row> of(Dashboard dashboard) {
        int year = dashboard.filter().fromYear();
        if (year != dashboard.filter().toYear() || dashboard.reach().officeId() != null) {
            return List.of();
        }
        Map<String, Figure> byCountry = identified(dashboard, "country");
        byCountry.remove("");
        boolean oneCountry = dashboard.reach().countries() != null && dashboard.reach().countries().size() == 1;
        Map<String, Figure> bySex = identified(dashboard, "sex");
        Map<String, Figure> byAge = identified(dashboard, "child");
        Map<String, Map<String, List<long[]>>> estimates = populations.groups(byCountry.keySet(), year, year);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Figure> country : byCountry.entrySet()) {
            Map<String, List<long[]>> groups = estimates.getOrDefault(country.getKey() + "|" + year, Map.of());
            Map<Part, Rate> rates = new LinkedHashMap<>();
            for (Part part : Part.values()) {
                Figure persons = switch (part) {
                    case TOTAL -> country.getValue();
                    case FEMININE -> oneCountry ? bySex.getOrDefault("Feminine", Figure.of(0)) : null;
                    case MASCULINE -> oneCountry ? bySex.getOrDefault("Masculine", Figure.of(0)) : null;
                    case CHILDREN -> oneCountry ? byAge.getOrDefault("child", Figure.of(0)) : null;
                    case ADULTS -> oneCountry ? byAge.getOrDefault("adult", Figure.of(0)) : null;
                };
                Long population = denominator(part, groups);
                BigDecimal rate = persons == null || persons.suppressed() || population == null || population == 0
                        ? null : BigDecimal.valueOf(persons.value() * 100_000L)
                                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
                rates.put(part, new Rate(persons, population, rate));
            }
            rows.add(new Row(country.getKey(), year, rates));
        }
        return rows;
    }

    /** The persons identified of each line of a breakdown, as published. */
    private static Map<String, Figure> identified(Dashboard dashboard, String breakdown) {
        Map<String, Figure> out = new TreeMap<>();
        dashboard.breakdowns().stream().filter(b -> b.name().equals(breakdown)).findFirst()
                .ifPresent(b -> b.lines().forEach(line -> out.put(line.key(), line.figure(Measure.IDENTIFIED))));
        return out;
    }
    /**
     * The population a part is divided by, or null when the estimates do not cover it exactly: each sex's groups
     * from age 0 without gap to an open-ended one; children (0–17) and adults (18+) only when a group starts at 18.
     */
    static Long denominator(Part part, Map<String, List<long[]>> groups) {
        Long feminine = complete(groups.get("Feminine"));
        Long masculine = complete(groups.get("Masculine"));
        return switch (part) {
            case FEMININE -> feminine;
            case MASCULINE -> masculine;
            case TOTAL -> feminine == null || masculine == null ? null : feminine + masculine;
            case CHILDREN, ADULTS -> {
                if (feminine == null || masculine == null || !splitAt18(groups.get("Feminine"))
                        || !splitAt18(groups.get("Masculine"))) {
                    yield null;
                }
                long children = 0;
                for (String sex : List.of("Feminine", "Masculine")) {
                    for (long[] group : groups.get(sex)) {
                        children += group[0] < 18 ? group[2] : 0;
                    }
                }
                yield part == Part.CHILDREN ? children : feminine + masculine - children;
            }
        };
    }

    /** The sum of a sex's groups (sorted by first age) when they run from 0 without gap to an open end; else null. */
    private static Long complete(List<long[]> groups) {
        if (groups == null || groups.isEmpty()) {
            return null;
        }
        long next = 0;
        long sum = 0;
        for (long[] group : groups) {
            if (group[0] != next || next < 0) {
                return null;
            }
            next = group[1] < 0 ? -1 : group[1] + 1;
            sum += group[2];
        }
        return next == -1 ? sum : null;
    }

    private static boolean splitAt18(List<long[]> groups) {
        return groups.stream().anyMatch(group -> group[0] == 18);
    }
}
