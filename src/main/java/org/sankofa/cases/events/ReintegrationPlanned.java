package org.sankofa.cases.events;

import org.sankofa.cases.CaseId;

/**
 * A component of the reintegration plan of a case was planned: education, vocational training, an income-generating
 * activity, health, psychosocial support or housing.
 *
 * @param caseId      the case
 * @param componentId the component
 * @param component   its kind (the code of the component list, e.g. {@code EDUCATION})
 * @param providerOrgId the organisation that provides it, when named
 */
public record ReintegrationPlanned(CaseId caseId, long componentId, String component, Long providerOrgId) {
}
