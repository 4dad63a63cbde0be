package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target's progress: what was achieved over the whole programme (up to today) next to the baseline and the value
 * aimed at, and for each period that has a value aimed at, the value and what was achieved in it.
 */
public record Progress(Target target, Achieved achieved, List<PeriodProgress> periods) {

    public record PeriodProgress(String period, BigDecimal aimed, Achieved achieved) {
    }

    /** The baseline plus what was achieved (what the programme has reached in all). */
    public BigDecimal reached() {
        BigDecimal base = target.baseline() == null ? BigDecimal.ZERO : target.baseline();
        return base.add(BigDecimal.valueOf(achieved.total()));
    }

    /** The share of the value aimed at achieved so far, in whole percent (null without a value aimed at). */
    public Integer percent() {
        BigDecimal aimed = target.aimed();
        if (aimed == null || aimed.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(achieved.total()).multiply(BigDecimal.valueOf(100))
                .divide(aimed, 0, java.math.RoundingMode.DOWN).intValue();
    }
}
