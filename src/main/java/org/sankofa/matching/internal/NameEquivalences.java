package org.sankofa.matching.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reviewed list of name spellings that are one name across orthographies (Diallo, Jallow; Kouadio, Kwadwo), read
 * from {@code matching/name-equivalences.csv}: each spelling's phonetic form ({@link Orthography#phonetic}) belongs
 * to its group. A word's key is its group when the list knows it, else its phonetic form. Two words of different
 * groups are different names, however alike they look (Kwaku and Kwadwo are born on different days).
 */
public final class NameEquivalences {

    /** The list shipped with Sankofa. */
    public static final String RESOURCE = "/matching/name-equivalences.csv";

    private final Map<String, String> groupOfPhonetic;
    /** The phonetic forms of the words met: names repeat their words (bounded, cleared when it grows too large). */
    private final Map<String, String> phoneticOf = new java.util.concurrent.ConcurrentHashMap<>();

    private NameEquivalences(Map<String, String> groupOfPhonetic) {
        this.groupOfPhonetic = Map.copyOf(groupOfPhonetic);
    }

    /** The list shipped with Sankofa, read once. */
    public static NameEquivalences shipped() {
        return Shipped.LIST;
    }

    private static final class Shipped {
        static final NameEquivalences LIST = read(NameEquivalences.class.getResourceAsStream(RESOURCE));
    }

    /**
     * Reads a list (columns {@code group, spelling, orthography, source}; lines starting with # are comments).
     *
     * @throws IllegalStateException when a row has no source, or when one phonetic form would belong to two groups
     */
    public static NameEquivalences read(InputStream csv) {
        if (csv == null) {
            throw new IllegalStateException("the name equivalences list is missing: " + RESOURCE);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get();
        Map<String, String> groups = new HashMap<>();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String group = row.get("group");
                String spelling = row.get("spelling");
                if (group.isBlank() || spelling.isBlank() || row.get("source").isBlank()) {
                    throw new IllegalStateException("name equivalences line " + row.getRecordNumber()
                            + ": group, spelling and source are required");
                }
                for (String word : Orthography.words(spelling)) {
                    String phonetic = Orthography.phonetic(word);
                    String before = groups.putIfAbsent(phonetic, group);
                    if (before != null && !before.equals(group)) {
                        throw new IllegalStateException("name equivalences line " + row.getRecordNumber() + ": "
                                + spelling + " sounds as a name of group " + before + ", not " + group);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameEquivalences(groups);
    }

    /** The group of a folded word, when the list knows it. */
    public Optional<String> group(String word) {
        return Optional.ofNullable(groupOfPhonetic.get(phonetic(word)));
    }

    /** The key a folded word is compared by: its group (marked with a leading {@code =}), or else its phonetic form. */
    public String key(String word) {
        String phonetic = phonetic(word);
        String group = groupOfPhonetic.get(phonetic);
        return group == null ? phonetic : "=" + group;
    }

    /** The phonetic form of a folded word ({@link Orthography#phonetic}), remembered. */
    public String phonetic(String word) {
        if (phoneticOf.size() > 1_000_000) {
            phoneticOf.clear();
        }
        return phoneticOf.computeIfAbsent(word, Orthography::phonetic);
    }

    /** How many phonetic forms the list knows. */
    public int size() {
        return groupOfPhonetic.size();
    }
}
