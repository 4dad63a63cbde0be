/**
 * Assistance, a part of a victim's case: needs and risk assessments, services delivered, and referrals to partner
 * organisations (sent, accepted, declined, completed), gated by the person's consent; a partner sees only what its
 * referral shares.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases: assistance",
        allowedDependencies = { "cases", "cases :: foundation", "cases :: events", "audit", "directory", "identity", "shared" })
package org.sankofa.cases.assistance;
