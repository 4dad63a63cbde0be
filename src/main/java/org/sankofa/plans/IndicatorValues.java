package org.sankofa.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The values of the plans' indicators entered by hand, as another module reads them (a programme's manual target):
 * the periodic-value mechanism of the plans — entry with evidence and comment, approval by a progress report, the lock
 * of an approved period — stays in plans and is used there; other modules only read the values and whether they are
 * approved.
 */
public interface IndicatorValues {

    /** An indicator entered by hand, named with its plan. */
    record IndicatorRef(long id, PlanId planId, String planTitle, String code, String definition) {
    }

    /**
     * The value of an indicator for an ISO period.
     *
     * @param approved whether an approved (or locked) progress report of the plan covers the period
     */
    record PeriodValue(long indicatorId, String period, LocalDate start, LocalDate end, BigDecimal value,
            String evidence, String comment, boolean approved) {
    }

    /** Every indicator entered by hand (numbers), by plan and code, for choosing one in a form. */
    List<IndicatorRef> manualIndicators();

    /** The indicator, when it is a number entered by hand. */
    Optional<IndicatorRef> manualIndicator(long id);

    /** The values of the indicator whose period lies between {@code from} and {@code to}, by period. */
    List<PeriodValue> values(long indicatorId, LocalDate from, LocalDate to);
}
