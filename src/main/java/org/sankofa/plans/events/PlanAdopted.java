package org.sankofa.plans.events;

import java.time.LocalDate;

import org.sankofa.plans.PlanId;

/**
 * An action plan was adopted (its status became adopted or in force, with an adoption date).
 *
 * @param planId    the plan
 * @param scope     national, regional, bi-regional or interregional (the {@code PlanScope} name)
 * @param adoptedOn the day of adoption, as precise as it is known (the first day of its month or year otherwise)
 */
public record PlanAdopted(PlanId planId, String scope, LocalDate adoptedOn) {
}
