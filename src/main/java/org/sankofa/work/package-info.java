/**
 * A person's work: what waits for them and where to start. The supervisor's inbox of decisions (best-interests
 * determinations, closure requests, transfers, returns — {@code cases.WaitingDecisions}, their office only) as a page,
 * an API and a count in the navigation, and the home page of each role with its work. It reads the other modules
 * only through their public types; it writes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work",
        allowedDependencies = { "cases", "events", "identity", "plans", "shared", "statistics" })
package org.sankofa.work;
