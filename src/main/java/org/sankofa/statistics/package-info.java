/**
 * Statistics: figures about victims counted live from the case records — victims identified, assisted and returned
 * over a period and a set of countries, by sex, child or adult, age band, form of exploitation and country — for
 * plans' computed indicators, and the dashboards of every role (from the tallies the database keeps, small cells
 * suppressed outside a case office); next the official indicators and exports. Counts only, never an
 * identity: it reads cases through their public {@code CaseFigures}, never their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
        allowedDependencies = { "audit", "cases", "directory", "identity", "shared" })
package org.sankofa.statistics;
