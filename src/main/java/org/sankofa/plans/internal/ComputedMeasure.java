package org.sankofa.plans.internal;

import java.util.Optional;

import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.VictimMeasure;

/**
 * The computations a COMPUTED indicator can name in its {@code computed_key}: a measure of the cases module and the
 * country of a case it filters on (where the person was identified, or the person's citizenship). The plan's parties
 * give the countries. See docs/decisions/0009-computed-indicators.md.
 */
public enum ComputedMeasure {
    VICTIMS_IDENTIFIED("cases.victims-identified", VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN),
    VICTIMS_IDENTIFIED_CITIZENS("cases.victims-identified.citizens", VictimMeasure.VICTIMS_IDENTIFIED,
            CountryBasis.CITIZENS_OF),
    VICTIMS_ASSISTED("cases.victims-assisted", VictimMeasure.VICTIMS_ASSISTED, CountryBasis.IDENTIFIED_IN),
    VICTIMS_ASSISTED_CITIZENS("cases.victims-assisted.citizens", VictimMeasure.VICTIMS_ASSISTED,
            CountryBasis.CITIZENS_OF),
    VICTIMS_RETURNED("cases.victims-returned", VictimMeasure.VICTIMS_RETURNED, CountryBasis.IDENTIFIED_IN),
    VICTIMS_RETURNED_CITIZENS("cases.victims-returned.citizens", VictimMeasure.VICTIMS_RETURNED,
            CountryBasis.CITIZENS_OF);

    private final String key;
    private final VictimMeasure measure;
    private final CountryBasis basis;

    ComputedMeasure(String key, VictimMeasure measure, CountryBasis basis) {
        this.key = key;
        this.measure = measure;
        this.basis = basis;
    }

    /** What the indicator stores in {@code computed_key}, e.g. {@code cases.victims-identified}. */
    public String key() {
        return key;
    }

    public VictimMeasure measure() {
        return measure;
    }

    public CountryBasis basis() {
        return basis;
    }

    /** The message key of its description, e.g. {@code plan.computed.cases.victims-identified}. */
    public String messageKey() {
        return "plan.computed." + key;
    }

    public static Optional<ComputedMeasure> ofKey(String key) {
        for (ComputedMeasure m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
