package org.sankofa.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * Fellegi–Sunter record linkage of {@link LinkageRecord}s: compare the blocked pairs field by field, weigh each
 * field's level with the model's log2(m/u) (term frequency instead of u for agreeing names), add the weights and
 * decide by the probability of being the same person: at least {@link #MATCH_AT} a match, at least
 * {@link #REVIEW_AT} for review, below that not a match. Each score keeps its explanation: the weight each field
 * added. The design is in docs/decisions/0026-fellegi-sunter-matching.md.
 */
public final class Linker {

    /** From this probability on, a pair is a match. */
    public static final double MATCH_AT = 0.95;
    /** From this probability on (and below {@link #MATCH_AT}), a pair is for a person to review. */
    public static final double REVIEW_AT = 0.50;
    /** Fewer records than this keep the starting model: EM needs enough pairs to say anything. */
    public static final int MINIMUM_TO_ESTIMATE = 200;
    private static final int RANDOM_PAIRS = 20_000;

    /** What linkage decides about a pair. */
    public enum Decision {
        MATCH, REVIEW, NON_MATCH
    }

    /** What one field added to a pair's weight, at which level ({@code missing} when either side lacks it). */
    public record Contribution(Field field, String level, double weight) {

        /** Whether the field speaks for the same person (its level adds weight). */
        public boolean agrees() {
            return weight > 0;
        }

        /** Whether the field speaks against it (its level takes weight away). */
        public boolean disagrees() {
            return weight < 0;
        }
    }

    /** A compared pair: its weight, probability, decision and explanation. */
    public record Scored(LinkageRecord one, LinkageRecord other, double weight, double probability,
            Decision decision, List<Contribution> contributions) {
    }

    private final RecordComparison comparison;
    private final NameKeys keys;
    private final Blocking blocking;

    public Linker(NameEquivalences equivalences) {
        this.comparison = new RecordComparison(new NameComparison(equivalences));
        this.keys = new NameKeys(equivalences);
        this.blocking = new Blocking(keys);
    }

    public NameKeys keys() {
        return keys;
    }

    public Blocking blocking() {
        return blocking;
    }

    /** The comparison vector of a pair. */
    public int[] vector(LinkageRecord one, LinkageRecord other) {
        return comparison.compare(one, other);
    }

    /** Scores one pair. */
    public Scored score(LinkageRecord one, LinkageRecord other, LinkageModel model, TermFrequencies frequencies) {
        int[] vector = comparison.compare(one, other);
        List<Contribution> contributions = new ArrayList<>();
        double total = 0;
        for (Field field : Field.values()) {
            int level = vector[field.ordinal()];
            double weight = weight(field, level, one, other, model, frequencies);
            total += weight;
            contributions.add(new Contribution(field, level == Field.MISSING ? "missing" : field.levels().get(level),
                    weight));
        }
        double probability = model.probability(total);
        Decision decision = probability >= MATCH_AT ? Decision.MATCH
                : probability >= REVIEW_AT ? Decision.REVIEW : Decision.NON_MATCH;
        return new Scored(one, other, total, probability, decision, List.copyOf(contributions));
    }

    private double weight(Field field, int level, LinkageRecord one, LinkageRecord other, LinkageModel model,
            TermFrequencies frequencies) {
        if ((field == Field.GIVEN_NAMES || field == Field.FAMILY_NAME) && (level == 0 || level == 1)) {
            String key = keys.nameKey(field == Field.GIVEN_NAMES ? one.givenNames() : one.familyName());
            String otherKey = keys.nameKey(field == Field.GIVEN_NAMES ? other.givenNames() : other.familyName());
            double frequency = key.equals(otherKey) ? frequencies.frequency(field, key) : -1;
            if (frequency > 0) {
                return model.weightWithFrequency(field, frequency);
            }
        }
        return model.weight(field, level);
    }

    /**
     * Estimates the model from the records themselves: u from random pairs; m by EM in two sessions — on the pairs
     * sharing two name words for the fields other than names, and on the pairs sharing a date of birth for the names
     * (decision 0026); λ from the number of pairs the model then calls matches. The starting model when there are
     * fewer than {@link #MINIMUM_TO_ESTIMATE} records.
     */
    public Expectation.Estimate estimate(List<LinkageRecord> records, long seed) {
        LinkageModel start = LinkageModel.starting();
        if (records.size() < MINIMUM_TO_ESTIMATE) {
            return new Expectation.Estimate(start, 0, false);
        }
        Random random = new Random(seed);
        List<int[]> randomPairs = new ArrayList<>();
        for (int i = 0; i < RANDOM_PAIRS; i++) {
            int one = random.nextInt(records.size());
            int other = random.nextInt(records.size());
            if (one != other) {
                randomPairs.add(comparison.compare(records.get(one), records.get(other)));
            }
        }
        LinkageModel model = new LinkageModel(start.lambda(), start.m(), Expectation.uFrom(randomPairs));
        Expectation.Estimate byNames = Expectation.session(vectors(records, blocking.pairsSharing(records, "n:")),
                model, EnumSet.of(Field.BIRTH, Field.SEX, Field.CITIZENSHIP, Field.PLACE, Field.GUARDIAN));
        Expectation.Estimate byBirth = Expectation.session(vectors(records, blocking.pairsSharing(records, "d:")),
                byNames.model(), EnumSet.of(Field.GIVEN_NAMES, Field.FAMILY_NAME, Field.SEX));
        LinkageModel trained = byBirth.model();
        // λ: the share of all pairs that are the same person, from the blocked pairs the trained model calls matches
        long n = records.size();
        long matches = 0;
        for (int[] pair : blocking.pairs(records)) {
            LinkageModel even = new LinkageModel(0.5, trained.m(), trained.u());
            double weight = 0;
            int[] vector = comparison.compare(records.get(pair[0]), records.get(pair[1]));
            for (Field field : Field.values()) {
                weight += even.weight(field, vector[field.ordinal()]);
            }
            if (weight > 0) {
                matches++;
            }
        }
        double lambda = Math.max(LinkageModel.FLOOR, Math.min(0.5, matches / (n * (n - 1) / 2.0)));
        return new Expectation.Estimate(new LinkageModel(lambda, trained.m(), trained.u()),
                Math.max(byNames.iterations(), byBirth.iterations()), byNames.converged() && byBirth.converged());
    }

    private List<int[]> vectors(List<LinkageRecord> records, List<int[]> pairs) {
        List<int[]> vectors = new ArrayList<>(pairs.size());
        for (int[] pair : pairs) {
            vectors.add(comparison.compare(records.get(pair[0]), records.get(pair[1])));
        }
        return vectors;
    }

    /** The pairs among {@code records} that are matches or for review, the highest weight first. */
    public List<Scored> duplicates(List<LinkageRecord> records, LinkageModel model, TermFrequencies frequencies) {
        List<Scored> found = new ArrayList<>();
        for (int[] pair : blocking.pairs(records)) {
            Scored scored = score(records.get(pair[0]), records.get(pair[1]), model, frequencies);
            if (scored.decision() != Decision.NON_MATCH) {
                found.add(scored);
            }
        }
        found.sort(Comparator.comparingDouble(Scored::weight).reversed());
        return found;
    }

    /** The existing records that may be the same person as {@code record}, the highest weight first. */
    public List<Scored> candidatesFor(LinkageRecord record, List<LinkageRecord> existing, LinkageModel model,
            TermFrequencies frequencies) {
        List<Scored> found = new ArrayList<>();
        java.util.Set<String> blocks = blocking.keysOf(record);
        for (LinkageRecord other : existing) {
            if (other.id() != record.id() && blocking.shareABlock(blocks, other)) {
                Scored scored = score(record, other, model, frequencies);
                if (scored.decision() != Decision.NON_MATCH) {
                    found.add(scored);
                }
            }
        }
        found.sort(Comparator.comparingDouble(Scored::weight).reversed());
        return found;
    }
}
