package org.sankofa.programmes.internal;

import java.util.Map;

/**
 * What a target achieved in a span of days, counted from the records: the total and, for the measures counted from
 * the persons of the cases, the parts by country, sex and age band (each summing to the total). {@code counted} is
 * false when no module counts the measure yet, {@code approved} false when a manual figure includes values no
 * progress report has approved.
 */
public record Achieved(long total, Map<String, Long> byCountry, Map<String, Long> bySex, Map<String, Long> byAgeBand,
        boolean counted, boolean approved) {

    public static Achieved notCounted() {
        return new Achieved(0, Map.of(), Map.of(), Map.of(), false, true);
    }
}
