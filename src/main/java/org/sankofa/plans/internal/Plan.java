package org.sankofa.plans.internal;

import org.sankofa.shared.DatePrecision;
import java.time.LocalDate;
import java.util.List;

import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
/**
 * A plan with its parties (ISO alpha-2 country codes, community codes), succession, coordinating body, partners,
 * funders and documents. {@code adoptedPrecision} says how much of {@code adoptedOn} is known (DAY, MONTH, YEAR).
 */
public record Plan(long id, String title, PlanScope scope, PlanStatus status, LocalDate periodStart,
        LocalDate periodEnd, LocalDate adoptedOn, DatePrecision adoptedPrecision, String adoptedPlace,
        LocalDate launchedOn, String launchedPlace, Long supersedesId, String supersedesTitle, Long supersededById,
        String supersededByTitle, Long coordinatingOrgId, String coordinatingOrgName, String coordinatingBody,
        String description, String source, List<String> countries, List<String> communities,
        List<Partner> partners, List<PlanDocument> documents, int version) {

    /** The plan's id, typed. */
    public PlanId planId() {
        return PlanId.of(id);
    }

    public List<Partner> partnersOfKind(PartnerKind kind) {
        return partners.stream().filter(p -> p.kind() == kind).toList();
    }
}
