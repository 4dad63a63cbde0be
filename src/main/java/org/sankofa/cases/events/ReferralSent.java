package org.sankofa.cases.events;

import org.sankofa.cases.CaseId;

/**
 * The person of a case was referred to a partner organisation for a service.
 *
 * @param caseId       the case
 * @param referralId   the referral
 * @param partnerOrgId the partner organisation
 * @param serviceType  the service asked for (its code)
 */
public record ReferralSent(CaseId caseId, long referralId, long partnerOrgId, String serviceType) {
}
