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

import org.sankofa.cases.CaseTallies;
import org.sankofa.shared.Figure;
import org.sankofa.statistics.internal.Dashboard;
import org.sankofa.statistics.internal.JourneyTimes;
import org.sankofa.statistics.internal.Measure;

/**
 * The bars of the dashboard's charts, drawn server-side as SVG (nothing to download, nothing from a CDN): for each
 * breakdown, each category's persons identified as a share of the largest. A suppressed count is drawn at the
 * threshold's length and hatched, so the chart shows no more than the table beside it; and the flows between
 * countries as arrows on the region's map.
 */
record DashboardCharts(Map<String, List<Bar>> bars, List<Storey> pyramid, FlowMap map, List<Stack> journeys) {

    /**
     * A milestone's persons as one bar of 100 parts, split by band of days; a suppressed band is drawn at the
     * threshold's length and hatched, like the other charts.
     */
    record Stack(JourneyTimes.Line line, List<Segment> segments) {
    }

    /** A band's part of a {@link Stack}: where it starts and how long it is, in percent. */
    record Segment(CaseTallies.DaysBand band, double start, double length, Figure figure) {
    }

    /**
     * The flows between countries on the region's map: an arrow per flow whose two countries are on it, as wide as the
     * persons moved (a suppressed count as wide as the threshold, dashed), and the countries they join.
     *
     * @param view    the part of the map shown: the countries joined, with a margin, at most the whole region
     * @param scale   the view's width over the whole map's, by which widths, letters and arrowheads are drawn so that
     *                they look the same size however close the view
     * @param outside the flows that leave the map (in the table only)
     */
    record FlowMap(RegionMap.Box view, double scale, List<RegionMap.Country> countries, List<Arrow> arrows,
            Set<String> joined, int outside) {

        /** The view as an SVG viewBox. */
        public String viewBox() {
            return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", view.left(), view.top(), view.width(),
                    view.height());
        }

        /** How close the view is, in tenths of the whole map (3 to 10), for the size of the labels' letters. */
        public long zoom() {
            return Math.max(3, Math.min(10, Math.round(scale * 10)));
        }

        /** A length of the whole map's drawing, in the view's units. */
        public String scaled(double length) {
            return String.format(Locale.ROOT, "%.2f", length * scale);
        }
    }

    /** The narrowest view, in the whole map's units: about three countries the size of Togo across. */
    private static final double NARROWEST = 200;

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
                flows(region, bars.getOrDefault("flow", List.of()), dashboard.threshold()),
                dashboard.journeys().stream().map(line -> stack(line, dashboard.threshold())).toList());
    }

    private static Stack stack(JourneyTimes.Line line, int threshold) {
        long whole = line.bands().stream().mapToLong(f -> f.suppressed() ? threshold : f.value()).sum();
        List<Segment> segments = new ArrayList<>();
        double start = 0;
        for (CaseTallies.DaysBand band : CaseTallies.DaysBand.values()) {
            Figure figure = line.bands().get(band.ordinal());
            long shown = figure.suppressed() ? threshold : figure.value();
            double length = whole == 0 ? 0 : Math.round(1000.0 * shown / whole) / 10.0;
            if (length > 0) {
                segments.add(new Segment(band, start, length, figure));
            }
            start += length;
        }
        return new Stack(line, segments);
    }

    private static FlowMap flows(RegionMap region, List<Bar> flows, int threshold) {
        Set<String> joined = new TreeSet<>();
        List<Bar> drawn = new ArrayList<>();
        for (Bar flow : flows) {
            String[] ends = flow.key().split(">");
            if (region.country(ends[0]) != null && region.country(ends[1]) != null) {
                joined.add(ends[0]);
                joined.add(ends[1]);
                drawn.add(flow);
            }
        }
        RegionMap.Box whole = new RegionMap.Box(0, 0, RegionMap.WIDTH, region.height());
        RegionMap.Box view = view(joined.stream().map(code -> region.country(code).box()).toList(), whole);
        double scale = view.width() / whole.width();
        List<Arrow> arrows = new ArrayList<>();
        for (Bar flow : drawn) {
            String[] ends = flow.key().split(">");
            double width = Math.round((15 + flow.percent() * 1.05) * scale) / 10.0;
            arrows.add(new Arrow(flow.key(), curve(region.country(ends[0]), region.country(ends[1]), scale), width,
                    flow));
        }
        arrows.sort(Comparator.comparingDouble(Arrow::width).reversed());
        return new FlowMap(view, scale, region.countries(), arrows, joined, flows.size() - drawn.size());
    }

    /**
     * The part of the map to show: the boxes of the countries joined, a tenth wider on each side, at least
     * {@link #NARROWEST} wide, between half as tall and as tall as wide, and inside the whole map; the whole map when
     * no country is joined.
     */
    static RegionMap.Box view(List<RegionMap.Box> boxes, RegionMap.Box whole) {
        if (boxes.isEmpty()) {
            return whole;
        }
        RegionMap.Box joined = boxes.stream().reduce(RegionMap.Box::union).orElseThrow();
        double width = Math.max(joined.width() * 1.2, NARROWEST);
        double height = Math.min(Math.max(joined.height() * 1.2, width / 2), whole.height());
        width = Math.min(Math.max(width, height), whole.width());
        double left = clamp((joined.left() + joined.right() - width) / 2, whole.left(), whole.right() - width);
        double top = clamp((joined.top() + joined.bottom() - height) / 2, whole.top(), whole.bottom() - height);
        return new RegionMap.Box(left, top, left + width, top + height);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, high));
    }

    /**
     * From a country's point to another's, stopping short of it for the arrowhead (its length at the view's scale),
     * bent by a fifth of its length.
     */
    private static String curve(RegionMap.Country from, RegionMap.Country to, double scale) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.max(Math.hypot(dx, dy), 1);
        double endX = to.x() - dx / length * 6 * scale;
        double endY = to.y() - dy / length * 6 * scale;
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
