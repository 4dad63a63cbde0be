package org.sankofa.statistics.web;

import java.util.ArrayList;
import java.util.Collections;
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
record DashboardCharts(Map<String, List<Bar>> bars, List<Storey> pyramid) {

    /** A storey of the population pyramid: an age band, its women to the left and its men to the right. */
    record Storey(String band, Bar feminine, Bar masculine) {
    }

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
        return new DashboardCharts(bars, pyramid(dashboard, bars.getOrDefault("pyramid", List.of())));
    }

    /** The pyramid's storeys, youngest at the bottom; each side's bars as a share of the longest of either side. */
    private static List<Storey> pyramid(Dashboard dashboard, List<Bar> cells) {
        Map<String, Bar> byKey = new LinkedHashMap<>();
        cells.forEach(bar -> byKey.put(bar.key(), bar));
        List<String> bands = new ArrayList<>();
        cells.forEach(bar -> {
            String band = bar.key().substring(bar.key().indexOf('|') + 1);
            if (!bands.contains(band) && (bar.key().startsWith("Feminine|") || bar.key().startsWith("Masculine|"))) {
                bands.add(band);
            }
        });
        Collections.reverse(bands);
        Bar none = new Bar("", 0, false, 0);
        return bands.stream().map(band -> new Storey(band, byKey.getOrDefault("Feminine|" + band, none),
                byKey.getOrDefault("Masculine|" + band, none))).toList();
    }
}
