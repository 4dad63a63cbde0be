package org.sankofa.matching.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How often each given name and family name (by {@link NameKeys#nameKey}) occurs among the records compared, so that
 * agreeing on "Diallo" — a tenth of Guinea — adds less weight than agreeing on a rare name: the u probability of the
 * agreement is replaced by the name's frequency. Below {@link #MINIMUM_RECORDS} records the frequencies say too
 * little and no adjustment is made.
 */
public final class TermFrequencies {

    /** Fewer records than this give no term-frequency adjustment. */
    public static final int MINIMUM_RECORDS = 50;

    private final Map<String, Integer> given;
    private final Map<String, Integer> family;
    private final int records;

    private TermFrequencies(Map<String, Integer> given, Map<String, Integer> family, int records) {
        this.given = given;
        this.family = family;
        this.records = records;
    }

    public static TermFrequencies of(List<LinkageRecord> records, NameKeys keys) {
        return new TermFrequencies(count(records, LinkageRecord::givenNames, keys),
                count(records, LinkageRecord::familyName, keys), records.size());
    }

    /** No adjustment (too few records, or none known). */
    public static TermFrequencies none() {
        return new TermFrequencies(Map.of(), Map.of(), 0);
    }

    /** The frequency of a name key in a name field, or -1 when no adjustment applies. */
    public double frequency(Field field, String nameKey) {
        if (records < MINIMUM_RECORDS || nameKey == null || nameKey.isEmpty()) {
            return -1;
        }
        Map<String, Integer> counts = field == Field.GIVEN_NAMES ? given : field == Field.FAMILY_NAME ? family : null;
        if (counts == null) {
            return -1;
        }
        return Math.max(counts.getOrDefault(nameKey, 1), 1) / (double) records;
    }

    private static Map<String, Integer> count(List<LinkageRecord> records, Function<LinkageRecord, String> name,
            NameKeys keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (LinkageRecord record : records) {
            String key = keys.nameKey(name.apply(record));
            if (!key.isEmpty()) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }
}
