package org.sankofa.cases.events;

import java.time.LocalDate;

import org.sankofa.cases.CaseId;

/**
 * A case was closed, directly or by an approved closure request.
 *
 * @param caseId   the case
 * @param officeId the office that owns it
 * @param reason   the HTCDS closure reason (its value, e.g. {@code AssistanceCompleted})
 * @param closedOn the day it was closed
 */
public record CaseClosed(CaseId caseId, long officeId, String reason, LocalDate closedOn) {
}
