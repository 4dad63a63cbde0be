package org.sankofa.cases.internal.protection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Ranks the candidates of a blind-index search, in memory, after their names have been decrypted: never in SQL, never
 * on clear text in the database.
 *
 * <p>The score of a name for a query is the mean, over the query's words, of the best Jaro-Winkler similarity between
 * that word and any word of the name (on the normalised spelling or on the phonetic form, whichever is higher), so
 * word order does not matter. A name is shown only when every word of the query reaches the threshold in it.
 */
public final class NameMatcher {

    /** The default threshold, calibrated on the variant and non-variant pairs in NameSearchTests. */
    public static final double DEFAULT_THRESHOLD = 0.82;

    /** A candidate and how well its name matches the query (1.0 = same spelling). */
    public record Ranked<T>(T candidate, double score) {
    }

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final double threshold;

    public NameMatcher() {
        this(DEFAULT_THRESHOLD);
    }

    public NameMatcher(double threshold) {
        this.threshold = threshold;
    }

    /** How well a name matches a query, from 0 (nothing alike) to 1 (every query word spelled as in the name). */
    public double score(String query, String name) {
        return mean(new Query(query, new HashMap<>()).wordScores(name));
    }

    /** Whether a name is close enough to the query to be shown: every query word must reach the threshold. */
    public boolean matches(String query, String name) {
        return reaches(new Query(query, new HashMap<>()).wordScores(name));
    }

    /**
     * The candidates whose names match the query, best first (ties keep their order). The query's words and their
     * phonetic forms are worked out once, each name's words once, and each distinct word's phonetic form once per
     * call (the names of one search repeat many words).
     */
    public <T> List<Ranked<T>> rank(String query, List<T> candidates, Function<T, String> name) {
        Query prepared = new Query(query, new HashMap<>());
        List<Ranked<T>> ranked = new ArrayList<>();
        for (T candidate : candidates) {
            double[] words = prepared.wordScores(name.apply(candidate));
            if (reaches(words)) {
                ranked.add(new Ranked<>(candidate, mean(words)));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked<T>::score).reversed());
        return ranked;
    }

    private boolean reaches(double[] words) {
        if (words.length == 0) {
            return false;
        }
        for (double word : words) {
            if (word < threshold) {
                return false;
            }
        }
        return true;
    }

    private static double mean(double[] words) {
        double total = 0;
        for (double word : words) {
            total += word;
        }
        return words.length == 0 ? 0 : total / words.length;
    }

    /**
     * A query's words and their phonetic forms, with what the names met so far scored: for each piece of a name
     * (the text between two spaces, a word or a hyphenated compound), its best similarity with each query word. The
     * candidates of one search share most of their words (every "Diallo" of an office), so each distinct piece is
     * normalised and compared once per search. Splitting on spaces first gives the tokens of the whole name: every
     * rule of {@link NameTokens#words} acts within a piece.
     */
    private static final class Query {

        /** A piece without any letter (a stray mark or digits): it adds no word to the name. */
        private static final double[] NO_WORD = new double[0];

        private final List<String> words;
        private final List<String> phonetics = new ArrayList<>();
        private final Map<String, String> phoneticOf;
        private final Map<String, double[]> scoresOfPiece = new HashMap<>();

        Query(String query, Map<String, String> phoneticOf) {
            this.words = NameTokens.tokens(query);
            this.phoneticOf = phoneticOf;
            for (String word : words) {
                phonetics.add(phonetic(word));
            }
        }

        private String phonetic(String word) {
            return phoneticOf.computeIfAbsent(word, NameTokens::phonetic);
        }

        /** For each query word, its best similarity with any word of the name (spelling or phonetic form). */
        double[] wordScores(String name) {
            if (words.isEmpty() || name == null) {
                return NO_WORD;
            }
            double[] scores = null;
            for (String piece : name.split(" ")) {
                double[] pieceScores = piece.isEmpty() ? NO_WORD : scoresOfPiece.computeIfAbsent(piece, this::score);
                if (pieceScores == NO_WORD) {
                    continue;
                }
                if (scores == null) {
                    scores = pieceScores.clone();
                } else {
                    for (int i = 0; i < scores.length; i++) {
                        scores[i] = Math.max(scores[i], pieceScores[i]);
                    }
                }
            }
            return scores == null ? NO_WORD : scores;
        }

        /** For each query word, its best similarity with the words of one piece of a name. */
        private double[] score(String piece) {
            List<String> pieceWords = NameTokens.tokens(piece);
            if (pieceWords.isEmpty()) {
                return NO_WORD;
            }
            double[] scores = new double[words.size()];
            for (String word : pieceWords) {
                String sound = phonetic(word);
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = Math.max(scores[i], Math.max(JARO_WINKLER.apply(words.get(i), word),
                            JARO_WINKLER.apply(phonetics.get(i), sound)));
                }
            }
            return scores;
        }
    }
}
