package org.sankofa.cases.events;

import java.time.LocalDate;

import org.sankofa.cases.CaseId;

/**
 * A closed case was reopened.
 *
 * @param caseId     the case
 * @param officeId   the office that owns it
 * @param reopenedOn the day it was reopened
 */
public record CaseReopened(CaseId caseId, long officeId, LocalDate reopenedOn) {
}
