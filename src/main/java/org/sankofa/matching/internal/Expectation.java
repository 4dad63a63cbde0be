package org.sankofa.matching.internal;

import java.util.List;
import java.util.Set;

/**
 * Estimates a {@link LinkageModel} by expectation–maximisation, as Splink does: u for every field from random pairs
 * (almost all different persons), then m by EM in training sessions, each on the pairs one blocking rule selects and
 * only for the fields that rule does not condition on. Pairs blocked on shared names cannot teach how often names
 * agree for the same person (they all share names); pairs blocked on the date of birth can, and the other way round.
 * Fields are assumed independent given the match status, as Fellegi–Sunter does.
 */
public final class Expectation {

    /** The model estimated, how many iterations it took (the longest session) and whether every session converged. */
    public record Estimate(LinkageModel model, int iterations, boolean converged) {
    }

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-6;

    private Expectation() {
    }

    /** u for each field and level: how often each level occurs among {@code randomPairs}. */
    public static double[][] uFrom(List<int[]> randomPairs) {
        Field[] fields = Field.values();
        double[][] u = new double[fields.length][];
        for (Field field : fields) {
            double[] counts = new double[field.levelCount()];
            for (int[] vector : randomPairs) {
                int level = vector[field.ordinal()];
                if (level != Field.MISSING) {
                    counts[level]++;
                }
            }
            u[field.ordinal()] = normalised(counts);
        }
        return u;
    }

    /**
     * One training session: m of {@code trained} fields by EM on {@code vectors}, with u fixed; λ is the session's own
     * (the share of its pairs that match) and is not kept. Fields not trained keep {@code start}'s m.
     */
    public static Estimate session(List<int[]> vectors, LinkageModel start, Set<Field> trained) {
        double lambda = 0.1;
        double[][] m = copy(start.m());
        double[][] u = start.u();
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[][] counts = new double[Field.values().length][];
            for (Field field : trained) {
                counts[field.ordinal()] = new double[field.levelCount()];
            }
            double matches = 0;
            for (int[] vector : vectors) {
                double same = lambda;
                double different = 1 - lambda;
                for (Field field : trained) {
                    int level = vector[field.ordinal()];
                    if (level != Field.MISSING) {
                        same *= m[field.ordinal()][level];
                        different *= u[field.ordinal()][level];
                    }
                }
                double g = same / (same + different);
                matches += g;
                for (Field field : trained) {
                    int level = vector[field.ordinal()];
                    if (level != Field.MISSING) {
                        counts[field.ordinal()][level] += g;
                    }
                }
            }
            double nextLambda = vectors.isEmpty() ? lambda : clamp(matches / vectors.size());
            double change = Math.abs(nextLambda - lambda);
            lambda = nextLambda;
            for (Field field : trained) {
                double[] next = normalised(counts[field.ordinal()]);
                for (int level = 0; level < next.length; level++) {
                    change = Math.max(change, Math.abs(next[level] - m[field.ordinal()][level]));
                }
                m[field.ordinal()] = next;
            }
            if (change < TOLERANCE) {
                return new Estimate(new LinkageModel(start.lambda(), m, copy(u)), iteration, true);
            }
        }
        return new Estimate(new LinkageModel(start.lambda(), m, copy(u)), MAX_ITERATIONS, false);
    }

    private static double[] normalised(double[] counts) {
        double total = 0;
        for (double count : counts) {
            total += count;
        }
        double[] p = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            p[i] = total == 0 ? 1.0 / counts.length : clamp(counts[i] / total);
        }
        return p;
    }

    private static double clamp(double p) {
        return Math.min(1 - LinkageModel.FLOOR, Math.max(LinkageModel.FLOOR, p));
    }

    private static double[][] copy(double[][] table) {
        double[][] copy = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i].clone();
        }
        return copy;
    }
}
