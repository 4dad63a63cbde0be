package org.sankofa.cases;

/**
 * The parts of a case a referral may share with a partner organisation ({@code case_referral.shares}). A partner
 * sees only the parts its referrals share; without NAME it sees the case number instead of the person's name.
 */
public enum CaseShare {
    /** Given names, family name and aliases. */
    NAME,
    /** Sex, age, citizenship and languages. */
    AGE_SEX,
    /** Contact, address in the host country and the guardian. */
    CONTACT,
    /** Needs assessments (the care part of the case). */
    NEEDS,
    /** The trafficking profile and the route. */
    PROFILE
}
