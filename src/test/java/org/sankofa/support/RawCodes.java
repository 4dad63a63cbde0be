package org.sankofa.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.sankofa.directory.SpokenLanguage;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Finds the codes of Sankofa's code lists shown as text where a person expects words ({@code CASE_VIEWED},
 * {@code ForcedBegging}, {@code GN}, {@code bm}).
 * <p>
 * The codes are gathered from three places, so that a list added later is covered without touching this class:
 * the last segment of every message key that starts with a capital letter (keys are lower-case words except the code
 * they label: {@code htcds.TypeOfExploitation.ForcedBegging}, {@code timeline.action.CASE_VIEWED}); the values of
 * every enum of the application ({@code value()} where the enum has one, its constant names otherwise); the ISO 3166
 * country codes and the ISO 639 codes of the languages a person may speak ({@link CaseRules#LANGUAGES}). Any token
 * shaped like a constant's name ({@code CASE_VIEWED}, {@code SIGN_IN_FAILED}) counts too, as the audit's actions
 * are no list of their own.
 * <p>
 * To avoid false positives a code counts only when it matches exactly (case-sensitive) a token of the visible text
 * (split on spaces and punctuation, but not on {@code -}, {@code /}, {@code .} or {@code _}, so that
 * {@code SN-DKR-2026-00034} or {@code CNCLTP/PA} stay whole) and is not a word that the message bundles of the page's
 * language, the country names in that language or the directory's names use ({@code Mother} is the English label of
 * the code {@code Mother}, but on a French page it is a raw code). A code that could be a word of a sentence
 * ({@code Mother}, {@code GN}, {@code bm}) counts only when its text node holds nothing but codes (a table cell,
 * "bm, mnk"); one that cannot ({@code CASE_VIEWED}, {@code ForcedBegging}) counts anywhere. A code shown beside its
 * own label (a cell "Austria" next to a cell "AT") is an identifier, not a raw code.
 */
public final class RawCodes {

    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,;:()\\[\\]{}«»\"“”‘’'!?…·|•→←]+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final Pattern CAPITALISED_SEGMENT = Pattern.compile("[A-Z][A-Za-z0-9_]*");
    /** Code-shaped whatever its list: a constant's name such as {@code CASE_VIEWED} is no word of any language. */
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    /** Codes that cannot be a word of a sentence: {@code CASE_VIEWED}, {@code ForcedBegging}, {@code Under18}. */
    private static final Pattern DISTINCTIVE = Pattern.compile(".*(_|[a-z][A-Z]|[A-Za-z]\\d).*");

    /** A code found on a page, with the text around it. */
    public record Found(String code, String context) {
    }

    private final Set<String> codes;
    private final Map<String, Set<String>> vocabulary;
    private final Map<String, Map<String, Set<String>>> labels;

    private RawCodes(Set<String> codes, Map<String, Set<String>> vocabulary, Map<String, Map<String, Set<String>>> labels) {
        this.codes = codes;
        this.vocabulary = vocabulary;
        this.labels = labels;
    }

    /**
     * Reads the codes, their labels and the words of the bundles in these languages; {@code names} are the words of
     * the data every page may show whatever its language (organisations, offices, communities and their acronyms).
     */
    public static RawCodes load(List<String> languages, Collection<String> names) {
        Set<String> codes = new TreeSet<>();
        Map<String, Set<String>> vocabulary = new TreeMap<>();
        Map<String, Map<String, Set<String>>> labels = new TreeMap<>();
        for (String language : languages) {
            Set<String> words = new HashSet<>();
            names.forEach(name -> words.addAll(List.of(WORD_SEPARATORS.split(name))));
            vocabulary.put(language, words);
            labels.put(language, new HashMap<>());
        }
        for (Resource bundle : resources("classpath*:messages*.properties", "classpath*:i18n/*.properties")) {
            String name = bundle.getFilename();
            String language = name.matches(".*_[a-z]{2}\\.properties")
                    ? name.substring(name.length() - 13, name.length() - 11) : "en";
            Properties messages = read(bundle);
            for (String key : messages.stringPropertyNames()) {
                String last = key.substring(key.lastIndexOf('.') + 1);
                String text = messages.getProperty(key);
                if (CAPITALISED_SEGMENT.matcher(last).matches() && key.contains(".")) {
                    codes.add(last);
                    if (labels.containsKey(language)) {
                        labels.get(language).computeIfAbsent(last, c -> new HashSet<>()).add(text.trim());
                    }
                }
                if (vocabulary.containsKey(language)) {
                    vocabulary.get(language).addAll(List.of(WORD_SEPARATORS.split(text)));
                }
            }
        }
        codes.addAll(enumValues());
        codes.addAll(List.of(Locale.getISOCountries()));
        codes.addAll(SpokenLanguage.codes());
        for (String language : languages) {
            Locale locale = Locale.forLanguageTag(language);
            for (String country : Locale.getISOCountries()) {
                String shown = new Locale.Builder().setRegion(country).build().getDisplayCountry(locale);
                vocabulary.get(language).addAll(List.of(WORD_SEPARATORS.split(shown)));
                labels.get(language).computeIfAbsent(country, c -> new HashSet<>()).add(shown);
            }
            for (String spoken : SpokenLanguage.codes()) {
                labels.get(language).computeIfAbsent(spoken, c -> new HashSet<>())
                        .add(Locale.forLanguageTag(spoken).getDisplayLanguage(locale));
            }
        }
        return new RawCodes(codes, vocabulary, labels);
    }

    /**
     * The codes shown as text among these visible text nodes of a page (in document order), in a language. A code that
     * could be a word ({@code Mother}, {@code GN}, {@code bm}) counts only when its text node holds nothing but codes
     * (a table cell, "bm, mnk"); a code shown beside its own label (a cell "Austria" next to "AT") is an identifier,
     * not a raw code.
     */
    public List<Found> in(List<String> nodes, String language) {
        Set<String> words = vocabulary.getOrDefault(language, Set.of());
        Map<String, Set<String>> labelled = labels.getOrDefault(language, Map.of());
        Map<String, Found> found = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            List<String> tokens = tokens(nodes.get(i));
            boolean onlyCodes = tokens.stream().allMatch(codes::contains);
            for (String token : tokens) {
                boolean code = codes.contains(token) || CONSTANT.matcher(token).matches();
                if (!code || words.contains(token) || found.containsKey(token)) {
                    continue;
                }
                if (!DISTINCTIVE.matcher(token).matches() && !onlyCodes) {
                    continue;
                }
                Set<String> own = labelled.getOrDefault(token, Set.of());
                boolean besideLabel = (i > 0 && own.contains(nodes.get(i - 1).trim()))
                        || (i + 1 < nodes.size() && own.contains(nodes.get(i + 1).trim()));
                if (!besideLabel) {
                    found.put(token, new Found(token, context(nodes, i)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : TOKEN_SEPARATORS.split(text)) {
            String candidate = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
            if (!candidate.isEmpty()) {
                tokens.add(candidate);
            }
        }
        return tokens;
    }

    private static String context(List<String> nodes, int i) {
        String before = i > 0 ? nodes.get(i - 1) + " | " : "";
        String after = i + 1 < nodes.size() ? " | " + nodes.get(i + 1) : "";
        String context = (before + nodes.get(i) + after).replaceAll("\\s+", " ");
        return context.length() > 120 ? context.substring(0, 117) + "…" : context;
    }
    private static Set<String> enumValues() {
        Set<String> values = new HashSet<>();
        MetadataReaderFactory readers = new CachingMetadataReaderFactory();
        for (Resource type : resources("classpath*:org/sankofa/**/*.class")) {
            try {
                MetadataReader reader = readers.getMetadataReader(type);
                if (!"java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName())) {
                    continue;
                }
                Class<?> enumType = Class.forName(reader.getClassMetadata().getClassName());
                Method value = valueMethod(enumType);
                for (Object constant : enumType.getEnumConstants()) {
                    values.add(value == null ? ((Enum<?>) constant).name() : String.valueOf(value.invoke(constant)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private static Method valueMethod(Class<?> enumType) {
        try {
            Method value = enumType.getMethod("value");
            value.setAccessible(true);
            return value.getReturnType() == String.class ? value : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static List<Resource> resources(String... patterns) {
        var resolver = new PathMatchingResourcePatternResolver();
        List<Resource> found = new ArrayList<>();
        try {
            for (String pattern : patterns) {
                found.addAll(List.of(resolver.getResources(pattern)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Properties read(Resource bundle) {
        Properties properties = new Properties();
        try (InputStream in = bundle.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
