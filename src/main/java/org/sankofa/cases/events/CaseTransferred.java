package org.sankofa.cases.events;

import java.time.LocalDate;

import org.sankofa.cases.CaseId;

/**
 * The receiving office accepted a transfer: it owns the case from now on, the sending office keeps a read-only view of
 * the history until then.
 *
 * @param caseId       the case
 * @param transferId   the transfer
 * @param fromOfficeId the office that owned the case
 * @param toOfficeId   the office that owns it now
 * @param acceptedOn   the day the transfer was accepted
 */
public record CaseTransferred(CaseId caseId, long transferId, long fromOfficeId, long toOfficeId,
        LocalDate acceptedOn) {
}
