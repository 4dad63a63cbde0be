package org.sankofa.programmes.internal;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a target achieved in a span of days, counted from the records: the total and, for the measures counted from
 * the persons of the cases, the parts by country, sex and age band (each summing to the total). {@code counted} is
 * false when no module counts the measure yet, {@code approved} false when a manual figure includes values no
 * progress report has approved. The breakdowns never leave the server as they are: only the donor report publishes
 * them, with small cells suppressed.
 */
public record Achieved(long total, @JsonIgnore Map<String, Long> byCountry, @JsonIgnore Map<String, Long> bySex,
        @JsonIgnore Map<String, Long> byAgeBand, boolean counted, boolean approved) {

    public static Achieved notCounted() {
        return new Achieved(0, Map.of(), Map.of(), Map.of(), false, true);
    }
}
