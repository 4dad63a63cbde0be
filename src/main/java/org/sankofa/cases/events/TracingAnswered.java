package org.sankofa.cases.events;

import org.sankofa.cases.CaseId;

/**
 * The office asked to trace a family recorded the outcome: family found, not found, or unsafe to return.
 *
 * @param caseId       the case
 * @param requestId    the tracing request
 * @param fromOfficeId the office that asked
 * @param toOfficeId   the office that traced
 * @param outcome      the outcome ({@code FAMILY_FOUND}, {@code NOT_FOUND} or {@code UNSAFE_TO_RETURN})
 */
public record TracingAnswered(CaseId caseId, long requestId, long fromOfficeId, long toOfficeId, String outcome) {
}
