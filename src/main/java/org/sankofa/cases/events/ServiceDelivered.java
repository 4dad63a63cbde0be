package org.sankofa.cases.events;

import java.time.LocalDate;

import org.sankofa.cases.CaseId;

/**
 * A service was delivered to the person of a case (and recorded).
 *
 * @param caseId         the case
 * @param serviceId      the service record
 * @param serviceType    what was delivered (the code of the service list, e.g. {@code SHELTER})
 * @param deliveredOn    the day it was delivered
 * @param providerOrgId  the organisation that delivered it, when recorded
 */
public record ServiceDelivered(CaseId caseId, long serviceId, String serviceType, LocalDate deliveredOn,
        Long providerOrgId) {
}
