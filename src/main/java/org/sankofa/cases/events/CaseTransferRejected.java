package org.sankofa.cases.events;

import org.sankofa.cases.CaseId;

/**
 * The office asked to take a case over refused: the sending office keeps it.
 *
 * @param caseId       the case
 * @param transferId   the transfer
 * @param fromOfficeId the office that keeps the case
 * @param toOfficeId   the office that refused
 */
public record CaseTransferRejected(CaseId caseId, long transferId, long fromOfficeId, long toOfficeId) {
}
