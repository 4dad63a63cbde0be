package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
/**
 * A value of an indicator for a period, with its evidence and comment, its disaggregated parts, whether it is
 * synthetic (demo data), whether an approved progress report has locked its period, and whether it was computed
 * live from the case records ({@link ComputedValues}: id 0, never stored).
 */
public record IndicatorValue(long id, long indicatorId, String period, BigDecimal value, BigDecimal numerator,
        BigDecimal denominator, String valueText, String evidence, String comment, boolean synthetic,
        String enteredBy, Instant enteredAt, int version, boolean locked, List<ValuePart> parts, boolean computed) {
}
