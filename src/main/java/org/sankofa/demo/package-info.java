/**
 * The demo world: organisations and offices named in the seeds, and a demo user for every role, loaded on first
 * start in demo mode only. Later modules add their own demo data (plans, cases, events) through their public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world",
        allowedDependencies = { "database", "directory", "identity" })
package org.sankofa.demo;
