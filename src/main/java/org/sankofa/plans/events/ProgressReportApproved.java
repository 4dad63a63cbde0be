package org.sankofa.plans.events;

import org.sankofa.plans.PlanId;

/**
 * A progress report of a plan was approved, which locks the indicator values of its period.
 *
 * @param planId   the plan
 * @param reportId the report
 * @param period   the ISO period reported on ({@code 2025}, {@code 2025S1}, {@code 2025Q3}…)
 */
public record ProgressReportApproved(PlanId planId, long reportId, String period) {
}
