package org.sankofa.cases.events;

import java.time.LocalDate;

import org.sankofa.cases.CaseId;

/**
 * A supervisor approved the best-interests determination of a child's case.
 *
 * @param caseId          the case
 * @param determinationId the determination
 * @param decidedOn       the day it was approved
 */
public record BestInterestsDetermined(CaseId caseId, long determinationId, LocalDate decidedOn) {
}
