package org.sankofa.plans.internal;

import org.sankofa.shared.DatePrecision;
import java.time.LocalDate;
import java.util.List;

import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
/** What it takes to create or change a plan; checked by {@link Plans} (422 with a message per field). */
public record PlanDraft(String title, PlanScope scope, PlanStatus status, LocalDate periodStart, LocalDate periodEnd,
        LocalDate adoptedOn, DatePrecision adoptedPrecision, String adoptedPlace, LocalDate launchedOn,
        String launchedPlace, Long supersedesId, Long coordinatingOrgId, String coordinatingBody, String description,
        String source, List<String> countries, List<String> communities, List<Partner> partners,
        List<PlanDocument> documents) {

    public PlanDraft {
        countries = countries == null ? List.of() : List.copyOf(countries);
        communities = communities == null ? List.of() : List.copyOf(communities);
        partners = partners == null ? List.of() : List.copyOf(partners);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
