package org.sankofa.plans.internal;

import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
/** The filters of the plan list; null means any. {@code country} also finds the plans of its communities. */
public record PlanFilter(PlanScope scope, PlanStatus status, String country) {
}
