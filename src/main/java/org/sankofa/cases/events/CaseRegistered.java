package org.sankofa.cases.events;

import java.time.LocalDate;

import org.sankofa.cases.CaseId;

/**
 * A case was registered: a person identified, screened and taken on by an office.
 *
 * @param caseId       the new case
 * @param officeId     the office that registered (and owns) it
 * @param identifiedOn the day the person was identified
 * @param country      where the person was identified (ISO alpha-2)
 * @param child        whether the person was under 18 when identified
 */
public record CaseRegistered(CaseId caseId, long officeId, LocalDate identifiedOn, String country, boolean child) {
}
