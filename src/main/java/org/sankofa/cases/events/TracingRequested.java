package org.sankofa.cases.events;

import org.sankofa.cases.CaseId;

/**
 * An office asked another office (usually in the country of origin) to trace the family of the person of a case.
 *
 * @param caseId       the case
 * @param requestId    the tracing request
 * @param fromOfficeId the office that asks
 * @param toOfficeId   the office asked to trace
 */
public record TracingRequested(CaseId caseId, long requestId, long fromOfficeId, long toOfficeId) {
}
