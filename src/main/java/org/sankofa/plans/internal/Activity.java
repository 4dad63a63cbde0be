package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sankofa.plans.ActivityStatus;
/** An activity: who leads and supports it, when, how far it is, and its budget (planned, secured, spent). */
public record Activity(long id, long objectiveId, int position, String title, Long leadOrgId, String leadOrgName,
        String leadText, List<Long> supportingOrgIds, String supportingText, LocalDate plannedStart,
        LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, ActivityStatus status,
        BigDecimal budgetPlanned, BigDecimal budgetSecured, BigDecimal budgetSpent, String currency,
        Long funderOrgId, String funderOrgName, String funderText, int version) {

    /** The lead to show: the organisation's name, else the text given. */
    public String lead() {
        return leadOrgName != null ? leadOrgName : leadText;
    }
}
