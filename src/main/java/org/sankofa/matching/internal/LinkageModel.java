package org.sankofa.matching.internal;

/**
 * A Fellegi–Sunter model: for each field and level, the probability m of that level among pairs of records of the
 * same person and u among pairs of different persons, and λ, the share of compared pairs that are the same person.
 * A level adds log2(m/u) to a pair's match weight; a missing field adds nothing.
 */
public record LinkageModel(double lambda, double[][] m, double[][] u) {

    /** No probability is ever exactly 0 or 1: a single pair would otherwise decide alone. */
    static final double FLOOR = 1e-6;

    /**
     * The starting values of EM, and the model of an office with too few cases to estimate one: near what EM
     * estimates on generated data (LinkageTests), with more room for disagreement on citizenship and places than
     * generated data has (a child's citizenship is often recorded differently at two borders; a region such as Kolda
     * is shared by many children). λ = 1/1000: about one pair in a thousand compared is the same person.
     */
    public static LinkageModel starting() {
        return new LinkageModel(1e-3, new double[][] {
                { 0.40, 0.40, 0.17, 0.02, 0.01 },
                { 0.50, 0.31, 0.12, 0.015, 0.055 },
                { 0.60, 0.38, 0.015, 0.005 },
                { 0.98, 0.02 },
                { 0.90, 0.10 },
                { 0.80, 0.10, 0.10 },
                { 0.85, 0.10, 0.05 } }, new double[][] {
                { 0.016, 0.018, 0.0025, 0.003, 0.9605 },
                { 0.045, 0.013, 0.004, 0.0025, 0.9355 },
                { 0.0003, 0.20, 0.23, 0.5697 },
                { 0.50, 0.50 },
                { 0.11, 0.89 },
                { 0.02, 0.03, 0.95 },
                { 0.002, 0.0005, 0.9975 } });
    }

    /** What a field's level adds to the match weight: log2(m/u); 0 for a missing field. */
    public double weight(Field field, int level) {
        if (level == Field.MISSING) {
            return 0;
        }
        return log2(m[field.ordinal()][level] / u[field.ordinal()][level]);
    }

    /**
     * What agreeing on a name's key (its exact or equivalent level) adds when the key's frequency among the records
     * replaces u: log2((m_exact + m_equivalent) / frequency), so Diallo says less than a rare name.
     */
    public double weightWithFrequency(Field field, double frequency) {
        double[] levels = m[field.ordinal()];
        return log2((levels[0] + levels[1]) / Math.max(frequency, FLOOR));
    }

    /** The prior weight: log2(λ / (1 − λ)). */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    /** The probability that a pair with this match weight is the same person. */
    public double probability(double matchWeight) {
        return 1 / (1 + Math.pow(2, -(priorWeight() + matchWeight)));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
