package org.sankofa.cases.events;

import java.time.LocalDate;

import org.sankofa.cases.CaseId;

/**
 * The person of a case arrived home (or at the destination of the return): the handover took place.
 *
 * @param caseId             the case
 * @param returnPlanId       the return plan
 * @param officeId           the office that organised the return
 * @param receivingOfficeId  the office that received the person at arrival, when one was named
 * @param arrivedOn          the day of arrival
 * @param destinationCountry the country returned to (ISO alpha-2)
 */
public record ReturnCompleted(CaseId caseId, long returnPlanId, long officeId, Long receivingOfficeId,
        LocalDate arrivedOn, String destinationCountry) {
}
