/**
 * The journey home, a part of a victim's case: family tracing by the office in the country of origin, the
 * cross-border transfer of the case, the return (documents, escort, travel, handover at arrival), the reintegration
 * plan and the follow-up visits with their overdue alerts. A child's return waits for the approval of its best
 * interests ({@code cases.bestinterests}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases: journey home",
        allowedDependencies = { "cases", "cases :: foundation", "cases :: events", "cases.bestinterests", "audit", "demo",
                "directory", "identity", "shared" })
package org.sankofa.cases.journey;
