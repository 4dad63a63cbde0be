/**
 * Best interests, a part of a child's case: the best-interests assessment and the determination that a supervisor
 * approves or sends back (four eyes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases: best interests",
        allowedDependencies = { "cases", "cases :: foundation", "cases :: events", "audit", "demo", "directory", "identity",
                "shared" })
package org.sankofa.cases.bestinterests;
