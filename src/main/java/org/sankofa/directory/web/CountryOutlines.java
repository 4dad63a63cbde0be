package org.sankofa.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled country outlines (Natural Earth, public domain; see {@code geo/README.md}), read once: the GeoJSON
 * feature of a country, drawn under the map's markers without any tile server.
 */
@Component
class CountryOutlines {

    static final String RESOURCE = "geo/country-outlines.geojson";

    private final Map<String, String> features = new HashMap<>();

    CountryOutlines() {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            JsonNode collection = json.readTree(in);
            for (JsonNode feature : collection.get("features")) {
                features.put(feature.get("properties").get("country").asString(), json.writeValueAsString(feature));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the country outlines " + RESOURCE + " cannot be read", e);
        }
    }

    /** The GeoJSON feature of the country's outline, as JSON text; empty when none is bundled. */
    Optional<String> feature(String countryCode) {
        return Optional.ofNullable(countryCode == null ? null : features.get(countryCode));
    }

    Set<String> countries() {
        return new TreeSet<>(features.keySet());
    }
}
