package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.util.List;

import org.sankofa.programmes.TargetMeasure;

/**
 * A programme's target: what it measures, its label ("a further 100 children"), the baseline (what was achieved
 * before, e.g. 320 children already helped), for a manual figure the plans indicator whose values it reads, and the
 * value aimed at per ISO period.
 */
public record Target(long id, long programmeId, int position, TargetMeasure measure, String label,
        BigDecimal baseline, Long indicatorId, List<Value> values, int version) {

    /** The value aimed at for a period. */
    public record Value(String period, java.time.LocalDate start, java.time.LocalDate end, BigDecimal value) {
    }

    public Target {
        values = List.copyOf(values);
    }

    /** The sum of the values aimed at, or null when none is set. */
    public BigDecimal aimed() {
        return values.isEmpty() ? null : values.stream().map(Value::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
