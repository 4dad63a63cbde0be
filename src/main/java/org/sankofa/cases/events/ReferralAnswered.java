package org.sankofa.cases.events;

import org.sankofa.cases.CaseId;

/**
 * A partner answered a referral: accepted, declined or completed it.
 *
 * @param caseId       the case
 * @param referralId   the referral
 * @param partnerOrgId the partner organisation
 * @param status       the referral's new status ({@code ACCEPTED}, {@code DECLINED} or {@code COMPLETED})
 */
public record ReferralAnswered(CaseId caseId, long referralId, long partnerOrgId, String status) {
}
