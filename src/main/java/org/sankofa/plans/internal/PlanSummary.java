package org.sankofa.plans.internal;

import java.time.LocalDate;
import java.util.List;

import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
/** A plan as a list shows it. */
public record PlanSummary(long id, String title, PlanScope scope, PlanStatus status, LocalDate periodStart,
        LocalDate periodEnd, List<String> countries, List<String> communities) {
}
