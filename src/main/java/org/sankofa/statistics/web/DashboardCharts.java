package org.sankofa.statistics.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.statistics.internal.Dashboard;
import org.sankofa.statistics.internal.Figure;
import org.sankofa.statistics.internal.Measure;

/**
 * The bars of the dashboard's charts, drawn server-side as SVG (nothing to download, nothing from a CDN): for each
 * breakdown, each category's persons identified as a share of the largest. A suppressed count is drawn at the
 * threshold's length and hatched, so the chart shows no more than the table beside it.
 */
record DashboardCharts(Map<String, List<Bar>> bars) {

    /** One bar: its category, its length in percent of the chart's width, and whether its count is suppressed. */
    record Bar(String key, double percent, boolean suppressed, long value) {
    }

    static DashboardCharts of(Dashboard dashboard) {
        Map<String, List<Bar>> bars = new LinkedHashMap<>();
        for (Dashboard.Breakdown breakdown : dashboard.breakdowns()) {
            long max = breakdown.lines().stream().map(l -> l.figure(Measure.IDENTIFIED))
                    .mapToLong(f -> f.suppressed() ? dashboard.threshold() : f.value()).max().orElse(0);
            bars.put(breakdown.name(), breakdown.lines().stream().map(line -> {
                Figure f = line.figure(Measure.IDENTIFIED);
                long shown = f.suppressed() ? dashboard.threshold() : f.value();
                return new Bar(line.key(), max == 0 ? 0 : Math.round(1000.0 * shown / max) / 10.0, f.suppressed(),
                        f.suppressed() ? 0 : f.value());
            }).toList());
        }
        return new DashboardCharts(bars);
    }
}
