package org.sankofa.statistics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sankofa.cases.CaseTallies;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.Figure;
import org.sankofa.statistics.internal.Dashboard;
import org.sankofa.statistics.internal.Dashboards;
import org.sankofa.statistics.internal.DetectionRates;
import org.sankofa.statistics.internal.JourneyTimes;
import org.sankofa.statistics.internal.Measure;
import org.sankofa.statistics.internal.Reaches;
import org.sankofa.statistics.internal.StatisticsFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The dashboard's figures as JSON, with the page's filters. A suppressed figure is {@code {"value": null,
 * "suppressed": true, ...}}: its number is never serialised.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics")
class StatisticsApiController {

    private final Dashboards dashboards;
    private final DetectionRates rates;

    StatisticsApiController(Dashboards dashboards, DetectionRates rates) {
        this.dashboards = dashboards;
        this.rates = rates;
    }

    /**
     * A published figure: the value, or null when suppressed; {@code fewerThanThreshold} when it was suppressed for
     * being small (otherwise it was hidden so that a small one cannot be worked out, and is not small itself).
     */
    record FigureJson(Long value, boolean suppressed, boolean fewerThanThreshold) {

        static FigureJson of(Figure figure, int threshold) {
            return new FigureJson(figure.suppressed() ? null : figure.value(), figure.suppressed(),
                    figure.fewerThan(threshold));
        }
    }

    record LineJson(String key, Map<String, FigureJson> figures) {
    }

    record BreakdownJson(String name, boolean partition, List<LineJson> lines) {
    }

    /**
     * A milestone of the persons' journeys: who reached it, of them how many within each band of days after
     * identification (week, month, quarter, year, later), and the band that holds the median (null when not shown).
     */
    record JourneyJson(String milestone, FigureJson reached, Map<String, FigureJson> days, String median) {
    }

    record DashboardJson(int fromYear, int toYear, String scope, boolean exact, int threshold, LineJson total,
            List<BreakdownJson> breakdowns, List<JourneyJson> journeys) {
    }

    @GetMapping("/victims")
    @PreAuthorize(Reaches.READERS)
    @Operation(summary = "Victims identified in a span of years, and of them assisted, returned and reintegrated",
            description = "Counted live; persons only. Filters as the case list: from, to (years), sex, child "
                    + "(child|adult), nationality, exploitation, age (band). Outside a case office's own cases, "
                    + "counts under the threshold are suppressed (value null, suppressed true, fewerThanThreshold "
                    + "true), with the cells that would reveal them by subtraction (fewerThanThreshold false). Routes "
                    + "(breakdowns corridor and flow) are countries' ISO codes joined by '>'. Journeys: for each "
                    + "milestone (determined, returned, planned), the persons who reached it by band of days after "
                    + "identification (week: up to 7, month: 8-30, quarter: 31-90, year: 91-365, later), and the "
                    + "band of the median.")
    DashboardJson victims(@ModelAttribute StatisticsParams params, @AuthenticationPrincipal CurrentUser user) {
        Dashboard dashboard = dashboards.of(user, params.filter());
        List<BreakdownJson> breakdowns = new ArrayList<>();
        int threshold = dashboard.threshold();
        for (Dashboard.Breakdown b : dashboard.breakdowns()) {
            breakdowns.add(new BreakdownJson(b.name(), b.partition(),
                    b.lines().stream().map(l -> line(l, threshold)).toList()));
        }
        return new DashboardJson(dashboard.filter().fromYear(), dashboard.filter().toYear(), dashboard.reach().who(),
                dashboard.reach().exact(), threshold, line(dashboard.total(), threshold), breakdowns,
                dashboard.journeys().stream().map(j -> journey(j, threshold)).toList());
    }

    /**
     * A rate as published: the persons (null when the reader's tables do not publish them for this part), the
     * population divided by (null: no denominator) and the rate per 100,000 (null when either is missing or the
     * persons are suppressed).
     */
    record RateJson(FigureJson persons, Long population, BigDecimal per100k) {
    }

    record RateRowJson(String country, int year, Map<String, RateJson> rates) {
    }

    @GetMapping("/detection-rates")
    @PreAuthorize(Reaches.READERS)
    @Operation(summary = "SDG 16.2.2: detected victims per 100,000 population, by country, for one year",
            description = "from and to the same year, no other filter (400 otherwise). Each country of the reader's "
                    + "reach that identified someone: the persons as the dashboard publishes them over the population "
                    + "estimates imported; parts total, feminine, masculine, children, adults — the last four only in "
                    + "one country's view. Empty for a case office's view.")
    List<RateRowJson> detectionRates(@ModelAttribute StatisticsParams params,
            @AuthenticationPrincipal CurrentUser user) {
        StatisticsFilter filter = params.filter();
        if (filter.fromYear() != filter.toYear() || !filter.yearsOnly()) {
            throw new IllegalArgumentException("the rates are yearly and without filters: from and to the same year");
        }
        Dashboard dashboard = dashboards.of(user, filter);
        return rates.of(dashboard).stream().map(row -> {
            Map<String, RateJson> parts = new LinkedHashMap<>();
            row.rates().forEach((part, rate) -> parts.put(part.name().toLowerCase(Locale.ROOT), new RateJson(
                    rate.persons() == null ? null : FigureJson.of(rate.persons(), dashboard.threshold()),
                    rate.population(), rate.per100k())));
            return new RateRowJson(row.country(), row.year(), parts);
        }).toList();
    }

    private static JourneyJson journey(JourneyTimes.Line line, int threshold) {
        Map<String, FigureJson> days = new LinkedHashMap<>();
        for (CaseTallies.DaysBand band : CaseTallies.DaysBand.values()) {
            days.put(band.name().toLowerCase(Locale.ROOT), FigureJson.of(line.bands().get(band.ordinal()), threshold));
        }
        return new JourneyJson(line.milestone().name().toLowerCase(Locale.ROOT), FigureJson.of(line.reached(),
                threshold), days, line.median() == null ? null : line.median().name().toLowerCase(Locale.ROOT));
    }

    private LineJson line(Dashboard.Line line, int threshold) {
        Map<String, FigureJson> figures = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            figures.put(m.name().toLowerCase(Locale.ROOT), FigureJson.of(line.figure(m), threshold));
        }
        return new LineJson(line.key(), figures);
    }
}
