package org.sankofa.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pairs of records are compared at all, so that the cost grows with the records rather than their square. Two
 * records are compared when they share a block key of any of three rules (the union of the rules, as Splink does):
 * <ol>
 * <li>two words of the full name (given and family names together, any order): swapped names, word order;</li>
 * <li>a given-name word and the birth year (or the next year);</li>
 * <li>a family-name word and the birth year (or the next year): one garbled name does not hide a duplicate;</li>
 * <li>the date of birth: names written beyond recognition.</li>
 * </ol>
 * Words are compared by their keys ({@link NameKeys}), so Diallo and Jallow share blocks. A block larger than
 * {@link #MAXIMUM_BLOCK} records is skipped: its key is too common to tell anything (the other rules still apply).
 */
public final class Blocking {

    /** A block with more records than this is not compared within. */
    public static final int MAXIMUM_BLOCK = 2_000;

    private final NameKeys keys;

    public Blocking(NameKeys keys) {
        this.keys = keys;
    }

    /** The block keys of a record. */
    public Set<String> keysOf(LinkageRecord record) {
        Set<String> blockKeys = new LinkedHashSet<>();
        List<String> given = keys.wordKeys(record.givenNames());
        List<String> family = keys.wordKeys(record.familyName());
        List<String> all = new ArrayList<>(given);
        all.addAll(family);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                String one = all.get(i);
                String other = all.get(j);
                if (!one.equals(other)) {
                    blockKeys.add("n:" + (one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one));
                }
            }
        }
        if (record.dateOfBirth() != null) {
            blockKeys.add("d:" + record.dateOfBirth());
        }
        Integer year = record.birthYear();
        if (year != null) {
            for (String word : given) {
                blockKeys.add("g:" + word + "|" + year);
                blockKeys.add("g:" + word + "|" + (year + 1));
            }
            for (String word : family) {
                blockKeys.add("f:" + word + "|" + year);
                blockKeys.add("f:" + word + "|" + (year + 1));
            }
        }
        return blockKeys;
    }

    /** The pairs of records (indexes into {@code records}, lower first) that share a block. */
    public List<int[]> pairs(List<LinkageRecord> records) {
        return pairsSharing(records, "");
    }

    /** The pairs that share a block of one rule ({@code "n:"} names, {@code "d:"} date of birth; "" every rule). */
    public List<int[]> pairsSharing(List<LinkageRecord> records, String rule) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String key : keysOf(records.get(i))) {
                if (key.startsWith(rule)) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAXIMUM_BLOCK) {
                continue;
            }
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    int one = block.get(a);
                    int other = block.get(b);
                    if (seen.add(((long) one << 32) | other)) {
                        pairs.add(new int[] { one, other });
                    }
                }
            }
        }
        return pairs;
    }

    /** Whether a new record shares a block with an existing one (the registration check compares only those). */
    public boolean shareABlock(LinkageRecord one, LinkageRecord other) {
        return shareABlock(keysOf(one), other);
    }

    /** Whether a record shares one of {@code mine} (a record's {@link #keysOf}). */
    public boolean shareABlock(Set<String> mine, LinkageRecord other) {
        for (String key : keysOf(other)) {
            if (mine.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
