package org.sankofa.cases.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        double[] words = wordScores(query, name);
        double total = 0;
        for (double word : words) {
            total += word;
        }
        return words.length == 0 ? 0 : total / words.length;
    }

    /** Whether a name is close enough to the query to be shown: every query word must reach the threshold. */
    public boolean matches(String query, String name) {
        double[] words = wordScores(query, name);
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

    private static double[] wordScores(String query, String name) {
        List<String> queryWords = NameTokens.tokens(query);
        List<String> nameWords = NameTokens.tokens(name);
        if (queryWords.isEmpty() || nameWords.isEmpty()) {
            return new double[0];
        }
        double[] scores = new double[queryWords.size()];
        for (int i = 0; i < scores.length; i++) {
            String q = queryWords.get(i);
            String qp = NameTokens.phonetic(q);
            for (String n : nameWords) {
                scores[i] = Math.max(scores[i], Math.max(JARO_WINKLER.apply(q, n),
                        JARO_WINKLER.apply(qp, NameTokens.phonetic(n))));
            }
        }
        return scores;
    }

    /** The candidates whose names match the query, best first (ties keep their order). */
    public <T> List<Ranked<T>> rank(String query, List<T> candidates, Function<T, String> name) {
        List<Ranked<T>> ranked = new ArrayList<>();
        for (T candidate : candidates) {
            String candidateName = name.apply(candidate);
            if (matches(query, candidateName)) {
                ranked.add(new Ranked<>(candidate, score(query, candidateName)));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked<T>::score).reversed());
        return ranked;
    }
}
