package org.sankofa;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in English, French and Portuguese, and none is empty (DESIGN §3, languages). */
class MessageBundleTests {

    private static final List<String> LANGUAGES = List.of("fr", "pt");

    @Test
    void everyKeyExistsInEnglishFrenchAndPortugueseAndNoValueIsEmpty() throws Exception {
        Map<String, Properties> bundles = bundles();
        assertThat(bundles).containsKeys("messages", "i18n/identity", "i18n/audit");
        List<String> problems = new ArrayList<>();
        for (var bundle : bundles.entrySet()) {
            if (bundle.getKey().contains("_")) {
                continue;
            }
            Set<String> base = keys(bundle.getValue());
            for (String language : LANGUAGES) {
                Properties translated = bundles.get(bundle.getKey() + "_" + language);
                if (translated == null) {
                    problems.add(bundle.getKey() + "_" + language + ": missing file");
                    continue;
                }
                Set<String> other = keys(translated);
                for (String key : base) {
                    if (!other.contains(key)) {
                        problems.add(bundle.getKey() + "_" + language + ": missing " + key);
                    }
                }
                for (String key : other) {
                    if (!base.contains(key)) {
                        problems.add(bundle.getKey() + ": missing " + key + " (present in _" + language + ")");
                    }
                }
            }
        }
        for (var bundle : bundles.entrySet()) {
            for (String key : keys(bundle.getValue())) {
                if (bundle.getValue().getProperty(key).isBlank()) {
                    problems.add(bundle.getKey() + ": empty " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleIsReadAsUtf8WithoutReplacementCharacters() throws Exception {
        for (var bundle : bundles().entrySet()) {
            for (String key : keys(bundle.getValue())) {
                assertThat(bundle.getValue().getProperty(key)).as(bundle.getKey() + " " + key).doesNotContain("\uFFFD");
            }
        }
    }

    /** Bundle name (e.g. {@code i18n/identity_fr}) to its properties, from messages*.properties and i18n/. */
    private static Map<String, Properties> bundles() throws Exception {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, Properties> bundles = new TreeMap<>();
        for (String pattern : List.of("classpath*:messages*.properties", "classpath*:i18n/*.properties")) {
            for (Resource resource : resolver.getResources(pattern)) {
                String name = resource.getFilename().replace(".properties", "");
                if (pattern.contains("i18n/")) {
                    name = "i18n/" + name;
                }
                Properties properties = bundles.computeIfAbsent(name, n -> new Properties());
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        }
        return bundles;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
