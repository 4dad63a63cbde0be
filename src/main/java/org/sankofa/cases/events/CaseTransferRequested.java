package org.sankofa.cases.events;

import org.sankofa.cases.CaseId;

/**
 * An office asked another office to take a case over (a cross-border transfer, usually to the country of origin).
 *
 * @param caseId       the case
 * @param transferId   the transfer
 * @param fromOfficeId the office that owns the case and asks
 * @param toOfficeId   the office asked to take it over
 */
public record CaseTransferRequested(CaseId caseId, long transferId, long fromOfficeId, long toOfficeId) {
}
