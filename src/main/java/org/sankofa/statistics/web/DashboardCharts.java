package org.sankofa.statistics.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sankofa.statistics.internal.Dashboard;
import org.sankofa.statistics.internal.Figure;
import org.sankofa.statistics.internal.Measure;

/**
 * The bars of the dashboard's charts, drawn server-side as SVG (nothing to download, nothing from a CDN): for each
 * breakdown, each category's persons identified as a share of the largest. A suppressed count is drawn at the
 * threshold's length and hatched, so the chart shows no more than the table beside it; and the flows between
 * countries as arrows on the region's map.
 */
record DashboardCharts(Map<String, List<Bar>> bars, List<Storey> pyramid, FlowMap map) {

    /**
     * The flows between countries on the region's map: an arrow per flow whose two countries are on it, as wide as the
     * persons moved (a suppressed count as wide as the threshold, dashed), and the countries they join.
     *
     * @param outside the flows that leave the map (in the table only)
     */
    record FlowMap(double height, List<RegionMap.Country> countries, List<Arrow> arrows, Set<String> joined,
            int outside) {
    }

    /** An arrow from one country to another: a quadratic curve bent to its left, so that A → B and B → A part. */
    record Arrow(String key, String path, double width, Bar flow) {
    }

    /** A storey of the population pyramid: an age band, its women to the left and its men to the right. */
    record Storey(String band, Bar feminine, Bar masculine) {
    }

    /**
     * One bar: its category, its length in percent of the chart's width, whether its count is suppressed and, if so,
     * whether for being fewer than the threshold (otherwise it is "not shown"); the value is 0 when suppressed.
     */
    record Bar(String key, double percent, boolean suppressed, boolean fewer, long value) {
    }

    static DashboardCharts of(Dashboard dashboard, RegionMap region) {
        Map<String, List<Bar>> bars = new LinkedHashMap<>();
        for (Dashboard.Breakdown breakdown : dashboard.breakdowns()) {
            long max = breakdown.lines().stream().map(l -> l.figure(Measure.IDENTIFIED))
                    .mapToLong(f -> f.suppressed() ? dashboard.threshold() : f.value()).max().orElse(0);
            bars.put(breakdown.name(), breakdown.lines().stream().map(line -> {
                Figure f = line.figure(Measure.IDENTIFIED);
                long shown = f.suppressed() ? dashboard.threshold() : f.value();
                return new Bar(line.key(), max == 0 ? 0 : Math.round(1000.0 * shown / max) / 10.0, f.suppressed(),
                        f.fewerThan(dashboard.threshold()), f.suppressed() ? 0 : f.value());
            }).toList());
        }
        return new DashboardCharts(bars, pyramid(dashboard, bars.getOrDefault("pyramid", List.of())),
                flows(region, bars.getOrDefault("flow", List.of()), dashboard.threshold()));
    }

    private static FlowMap flows(RegionMap region, List<Bar> flows, int threshold) {
        List<Arrow> arrows = new ArrayList<>();
        Set<String> joined = new TreeSet<>();
        int outside = 0;
        for (Bar flow : flows) {
            String[] ends = flow.key().split(">");
            RegionMap.Country from = region.country(ends[0]);
            RegionMap.Country to = region.country(ends[1]);
            if (from == null || to == null) {
                outside++;
                continue;
            }
            joined.add(from.code());
            joined.add(to.code());
            arrows.add(new Arrow(flow.key(), curve(from, to), Math.round(15 + flow.percent() * 1.05) / 10.0, flow));
        }
        arrows.sort(Comparator.comparingDouble(Arrow::width).reversed());
        return new FlowMap(region.height(), region.countries(), arrows, joined, outside);
    }

    /** From a country's point to another's, stopping short of it for the arrowhead, bent by a fifth of its length. */
    private static String curve(RegionMap.Country from, RegionMap.Country to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.max(Math.hypot(dx, dy), 1);
        double endX = to.x() - dx / length * 6;
        double endY = to.y() - dy / length * 6;
        double controlX = (from.x() + to.x()) / 2 + dy * 0.2;
        double controlY = (from.y() + to.y()) / 2 - dx * 0.2;
        return String.format(Locale.ROOT, "M%.1f %.1fQ%.1f %.1f %.1f %.1f", from.x(), from.y(), controlX, controlY,
                endX, endY);
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
        Bar none = new Bar("", 0, false, false, 0);
        return bands.stream().map(band -> new Storey(band, byKey.getOrDefault("Feminine|" + band, none),
                byKey.getOrDefault("Masculine|" + band, none))).toList();
    }
}
