package org.sankofa.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two names as a case worker would: word order does not matter (Diallo Aminata, Aminata Diallo), a given
 * name may be written as one word or two (Chukwuemeka, Chukwu Emeka), a middle name may be left out, and each word is
 * compared by its spelling, its phonetic form and its equivalence group ({@link NameEquivalences}).
 *
 * <p>Each word of the name with fewer words is paired with the best word (or pair of adjacent words, joined) of the
 * other; the name's level is the worst of its words' levels. Two words of different known groups never agree, so a
 * shared family name cannot carry a different given name, and Kwaku is not Kwadwo.
 */
public final class NameComparison {

    /** How alike two names are, best first. */
    public enum Level {
        /** The same words, spelled the same (accents and case aside). */
        EXACT,
        /** Spelled differently, the same name: same phonetic form or same equivalence group, or words joined. */
        EQUIVALENT,
        /** Close spellings, a typo or a vowel: Jaro-Winkler at least 0.92 on the spelling or the phonetic form. */
        SIMILAR,
        /** Somewhat alike (Jaro-Winkler at least 0.85): possibly the same name badly written. */
        PARTLY,
        /** Different names. */
        DIFFERENT;

        static final double SIMILAR_AT = 0.92;
        static final double PARTLY_AT = 0.85;
    }

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Past this many remembered word pairs the memory is cleared (a batch meets far fewer distinct pairs). */
    private static final int REMEMBERED_PAIRS = 1_000_000;

    private final NameEquivalences equivalences;
    /** Names repeat their words endlessly (every Diallo of an office): each distinct pair is compared once. */
    private final Map<String, Level> wordPairs = new ConcurrentHashMap<>();
    private final Map<String, List<String>> wordsOfName = new ConcurrentHashMap<>();

    public NameComparison(NameEquivalences equivalences) {
        this.equivalences = equivalences;
    }

    /** The level of two names, or empty when either has no word. */
    public Optional<Level> compare(String one, String other) {
        List<String> a = words(one);
        List<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        if (a.equals(b)) {
            return Optional.of(Level.EXACT);
        }
        List<String> fewer = a.size() <= b.size() ? a : b;
        List<String> more = fewer == a ? b : a;
        List<String> pieces = withJoinedPairs(more);
        List<String> fewerPieces = withJoinedPairs(fewer);
        Level worst = Level.EXACT;
        for (String word : fewer) {
            worst = worse(worst, best(word, pieces));
        }
        // Chukwuemeka against Chukwu Emeka: the name with fewer words may be the joined one, or the other way round
        if (worst.compareTo(Level.EQUIVALENT) > 0 && fewer.size() > 1) {
            Level joined = Level.EXACT;
            for (String word : more) {
                joined = worse(joined, best(word, fewerPieces));
            }
            worst = joined.compareTo(worst) < 0 ? joined : worst;
        }
        if (worst == Level.EXACT) {
            worst = Level.EQUIVALENT;
        }
        return Optional.of(worst);
    }

    /** The level of two single folded words. */
    public Level word(String one, String other) {
        if (one.equals(other)) {
            return Level.EXACT;
        }
        String pair = one.compareTo(other) < 0 ? one + ' ' + other : other + ' ' + one;
        Level known = wordPairs.get(pair);
        if (known != null) {
            return known;
        }
        if (wordPairs.size() > REMEMBERED_PAIRS) {
            wordPairs.clear();
        }
        Level level = compareWords(one, other);
        wordPairs.put(pair, level);
        return level;
    }

    private Level compareWords(String one, String other) {
        Optional<String> groupOne = equivalences.group(one);
        Optional<String> groupOther = equivalences.group(other);
        if (groupOne.isPresent() && groupOther.isPresent()) {
            return groupOne.equals(groupOther) ? Level.EQUIVALENT : Level.DIFFERENT;
        }
        String soundOne = equivalences.phonetic(one);
        String soundOther = equivalences.phonetic(other);
        if (soundOne.equals(soundOther)) {
            return Level.EQUIVALENT;
        }
        double similarity = Math.max(JARO_WINKLER.apply(one, other), JARO_WINKLER.apply(soundOne, soundOther));
        if (similarity >= Level.SIMILAR_AT) {
            return Level.SIMILAR;
        }
        return similarity >= Level.PARTLY_AT ? Level.PARTLY : Level.DIFFERENT;
    }

    private List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        if (wordsOfName.size() > REMEMBERED_PAIRS) {
            wordsOfName.clear();
        }
        return wordsOfName.computeIfAbsent(name, Orthography::words);
    }

    private Level best(String word, List<String> pieces) {
        Level best = Level.DIFFERENT;
        for (String piece : pieces) {
            Level level = word(word, piece);
            if (level.compareTo(best) < 0) {
                best = level;
            }
        }
        return best;
    }

    private static Level worse(Level one, Level other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static List<String> withJoinedPairs(List<String> words) {
        List<String> pieces = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            pieces.add(words.get(i) + words.get(i + 1));
        }
        return pieces;
    }
}
