package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sankofa.plans.ActivityStatus;
/** What it takes to add or change an activity. */
public record ActivityDraft(String title, Long leadOrgId, String leadText, List<Long> supportingOrgIds,
        String supportingText, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
        LocalDate actualEnd, ActivityStatus status, BigDecimal budgetPlanned, BigDecimal budgetSecured,
        BigDecimal budgetSpent, String currency, Long funderOrgId, String funderText) {

    public ActivityDraft {
        supportingOrgIds = supportingOrgIds == null ? List.of() : List.copyOf(supportingOrgIds);
    }
}
