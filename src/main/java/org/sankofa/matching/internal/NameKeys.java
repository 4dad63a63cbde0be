package org.sankofa.matching.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;

/** The comparison keys of a name's words ({@link NameEquivalences#key}), and of the whole name, word order aside. */
public final class NameKeys {

    private static final int REMEMBERED = 1_000_000;

    private final NameEquivalences equivalences;
    /** Names repeat (every Aminata Diallo of an office): each distinct spelling is worked out once. */
    private final Map<String, List<String>> keysOfName = new ConcurrentHashMap<>();

    public NameKeys(NameEquivalences equivalences) {
        this.equivalences = equivalences;
    }

    /** The key of each word of a name, in order; empty for a null or blank name. */
    public List<String> wordKeys(String name) {
        if (name == null) {
            return List.of();
        }
        if (keysOfName.size() > REMEMBERED) {
            keysOfName.clear();
        }
        return keysOfName.computeIfAbsent(name,
                n -> Orthography.words(n).stream().map(equivalences::key).toList());
    }

    /** The key of a whole name: its word keys sorted and joined (Diallo Aminata and Aminata Jallow share it). */
    public String nameKey(String name) {
        return String.join(" ", new TreeSet<>(wordKeys(name)));
    }
}
