package org.sankofa.statistics.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map under the flows between countries: the bundled Natural Earth 1:110m outlines of ECOWAS and ECCAS
 * ({@code geo/region-outlines.geojson}, public domain; see {@code geo/README.md}) projected once, at start-up, into SVG
 * paths — equirectangular, stretched by the cosine of the region's middle latitude, which at these latitudes (18° S to
 * 24° N) keeps shapes true enough for a chart of flows — with a point inside each country where arrows start and end.
 * Nothing is drawn from a tile server or a CDN: offices work on offline intranets.
 */
@Component
class RegionMap {

    static final String RESOURCE = "geo/region-outlines.geojson";
    static final double WIDTH = 640;

    /**
     * A country as drawn: its outline as an SVG path, the point its flows start from and end at, and the box around
     * its outline.
     */
    record Country(String code, String path, double x, double y, Box box) {
    }

    /** A rectangle of the drawing: its left, top, right and bottom edges. */
    record Box(double left, double top, double right, double bottom) {

        Box union(Box other) {
            return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right),
                    Math.max(bottom, other.bottom));
        }

        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }
    }

    private final Map<String, Country> countries = new TreeMap<>();
    private final double height;

    RegionMap() {
        List<JsonNode> features = new ArrayList<>();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            JsonMapper.builder().build().readTree(in).get("features").forEach(features::add);
        } catch (IOException e) {
            throw new UncheckedIOException("the region's outlines " + RESOURCE + " cannot be read", e);
        }
        double[] box = {180, 90, -180, -90};
        features.forEach(f -> rings(f).forEach(ring -> ring.forEach(p -> {
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0]);
            box[3] = Math.max(box[3], p[1]);
        })));
        double stretch = Math.cos(Math.toRadians((box[1] + box[3]) / 2));
        double scale = WIDTH / ((box[2] - box[0]) * stretch);
        this.height = Math.ceil((box[3] - box[1]) * scale);
        for (JsonNode feature : features) {
            StringBuilder path = new StringBuilder();
            double[] centre = null;
            double largest = -1;
            Box bounds = null;
            for (List<double[]> ring : rings(feature)) {
                List<double[]> points = ring.stream()
                        .map(p -> new double[] {(p[0] - box[0]) * stretch * scale, (box[3] - p[1]) * scale}).toList();
                for (double[] point : points) {
                    Box at = new Box(point[0], point[1], point[0], point[1]);
                    bounds = bounds == null ? at : bounds.union(at);
                }
                for (int i = 0; i < points.size(); i++) {
                    path.append(i == 0 ? 'M' : 'L').append(number(points.get(i)[0])).append(' ')
                            .append(number(points.get(i)[1]));
                }
                path.append('Z');
                double[] areaCentre = areaAndCentre(points);
                if (areaCentre[0] > largest) {
                    largest = areaCentre[0];
                    centre = new double[] {areaCentre[1], areaCentre[2]};
                }
            }
            String code = feature.get("properties").get("country").asString();
            countries.put(code, new Country(code, path.toString(), centre[0], centre[1], bounds));
        }
    }

    double height() {
        return height;
    }

    List<Country> countries() {
        return List.copyOf(countries.values());
    }

    /** The country as drawn, or null when it is outside the map. */
    Country country(String code) {
        return countries.get(code);
    }

    /** The outer rings of a feature's polygons (holes are not drawn), as [longitude, latitude] points. */
    private static List<List<double[]>> rings(JsonNode feature) {
        JsonNode geometry = feature.get("geometry");
        List<JsonNode> polygons = new ArrayList<>();
        if (geometry.get("type").asString().equals("Polygon")) {
            polygons.add(geometry.get("coordinates"));
        } else {
            geometry.get("coordinates").forEach(polygons::add);
        }
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            List<double[]> ring = new ArrayList<>();
            polygon.get(0).forEach(p -> ring.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            rings.add(ring);
        }
        return rings;
    }

    /** The area and centre of gravity of a ring (the shoelace formula), as {area, x, y}. */
    private static double[] areaAndCentre(List<double[]> ring) {
        double area = 0;
        double x = 0;
        double y = 0;
        for (int i = 0; i < ring.size(); i++) {
            double[] a = ring.get(i);
            double[] b = ring.get((i + 1) % ring.size());
            double cross = a[0] * b[1] - b[0] * a[1];
            area += cross;
            x += (a[0] + b[0]) * cross;
            y += (a[1] + b[1]) * cross;
        }
        if (Math.abs(area) < 1e-9) {
            return new double[] {0, ring.get(0)[0], ring.get(0)[1]};
        }
        return new double[] {Math.abs(area / 2), x / (3 * area), y / (3 * area)};
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
