package org.sankofa.statistics.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sankofa.directory.Countries;
import org.sankofa.statistics.internal.Dashboard;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of a dashboard's categories in the reader's language: the HTCDS labels of sexes, forms and referral
 * sources, country names, routes ("Guinea → Senegal"), "children"/"adults"; quarters ("Q2 2025"); years, months, age
 * bands, organisations and office codes as they are.
 */
@Component
class DashboardLabels {

    private final MessageSource messages;
    private final Countries countries;

    DashboardLabels(MessageSource messages, Countries countries) {
        this.messages = messages;
        this.countries = countries;
    }

    /** The names of the countries on the flows' map (labelled there by their ISO codes), by code. */
    static final String MAP = "map";

    /** For each breakdown, its categories' labels by key; under {@link #MAP}, the names of the map's countries. */
    Map<String, Map<String, String>> of(Dashboard dashboard, Locale locale) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Dashboard.Breakdown breakdown : dashboard.breakdowns()) {
            Map<String, String> names = new LinkedHashMap<>();
            breakdown.lines().forEach(line -> names.put(line.key(), label(breakdown.name(), line.key(), locale)));
            labels.put(breakdown.name(), names);
        }
        Map<String, String> mapped = new TreeMap<>();
        labels.getOrDefault("flow", Map.of()).keySet().forEach(flow -> Arrays.stream(flow.split(">"))
                .forEach(code -> mapped.put(code, countries.name(code, locale))));
        labels.put(MAP, mapped);
        return labels;
    }

    /** The names of the countries of a reach, in the reader's language, joined by commas. */
    String countries(Dashboard dashboard, Locale locale) {
        return dashboard.reach().countries() == null ? "" : dashboard.reach().countries().stream().sorted()
                .map(code -> countries.name(code, locale)).collect(Collectors.joining(", "));
    }

    String label(String breakdown, String key, Locale locale) {
        return switch (breakdown) {
            case "sex" -> text("htcds.Gender." + key, locale);
            case "form" -> key.isEmpty() ? text("statistics.form.none", locale)
                    : text("htcds.TypeOfExploitation." + key, locale);
            case "referral" -> text("htcds.ReferralSource." + key, locale);
            case "citizenship", "country" -> key.isEmpty() ? text("statistics.unknown", locale)
                    : countries.name(key, locale);
            case "corridor", "flow" -> route(key, locale);
            case "child" -> text("statistics.child." + key, locale);
            case "quarter" -> messages.getMessage("statistics.quarter",
                    new Object[] {key.substring(0, 4), key.substring(key.indexOf('Q') + 1)}, locale);
            case "pyramid" -> text("htcds.Gender." + key.substring(0, key.indexOf('|')), locale) + ", "
                    + key.substring(key.indexOf('|') + 1);
            default -> key;
        };
    }

    /** "Guinea → Senegal"; "Mali (within the country)" for a route that stays in one; "route not recorded". */
    private String route(String key, Locale locale) {
        if (key.isEmpty()) {
            return text("statistics.route.none", locale);
        }
        if (!key.contains(">")) {
            return messages.getMessage("statistics.route.within", new Object[] {countries.name(key, locale)}, locale);
        }
        return Arrays.stream(key.split(">")).map(code -> countries.name(code, locale)).collect(Collectors.joining(" → "));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
