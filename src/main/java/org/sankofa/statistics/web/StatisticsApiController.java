package org.sankofa.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sankofa.identity.CurrentUser;
import org.sankofa.statistics.internal.Dashboard;
import org.sankofa.statistics.internal.Dashboards;
import org.sankofa.shared.Figure;
import org.sankofa.statistics.internal.Measure;
import org.sankofa.statistics.internal.Reaches;
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

    StatisticsApiController(Dashboards dashboards) {
        this.dashboards = dashboards;
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

    record DashboardJson(int fromYear, int toYear, String scope, boolean exact, int threshold, LineJson total,
            List<BreakdownJson> breakdowns) {
    }

    @GetMapping("/victims")
    @PreAuthorize(Reaches.READERS)
    @Operation(summary = "Victims identified in a span of years, and of them assisted, returned and reintegrated",
            description = "Counted live; persons only. Filters as the case list: from, to (years), sex, child "
                    + "(child|adult), nationality, exploitation, age (band). Outside a case office's own cases, "
                    + "counts under the threshold are suppressed (value null, suppressed true, fewerThanThreshold "
                    + "true), with the cells that would reveal them by subtraction (fewerThanThreshold false). Routes "
                    + "(breakdowns corridor and flow) are countries' ISO codes joined by '>'.")
    DashboardJson victims(@ModelAttribute StatisticsParams params, @AuthenticationPrincipal CurrentUser user) {
        Dashboard dashboard = dashboards.of(user, params.filter());
        List<BreakdownJson> breakdowns = new ArrayList<>();
        for (Dashboard.Breakdown b : dashboard.breakdowns()) {
            breakdowns.add(new BreakdownJson(b.name(), b.partition(), b.lines().stream().map(l -> line(l, dashboard.threshold())).toList()));
        }
        return new DashboardJson(dashboard.filter().fromYear(), dashboard.filter().toYear(), dashboard.reach().who(),
                dashboard.reach().exact(), dashboard.threshold(), line(dashboard.total(), dashboard.threshold()), breakdowns);
    }

    private LineJson line(Dashboard.Line line, int threshold) {
        Map<String, FigureJson> figures = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            figures.put(m.name().toLowerCase(Locale.ROOT), FigureJson.of(line.figure(m), threshold));
        }
        return new LineJson(line.key(), figures);
    }
}
