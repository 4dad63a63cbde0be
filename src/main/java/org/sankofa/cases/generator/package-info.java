/**
 * Synthetic cases: realistic, obviously synthetic cases along West African routes, for the demo world and for
 * measuring Sankofa at a million cases. It writes the rows of every part of a case with PostgreSQL {@code COPY},
 * exactly as the application would — the one place that writes other parts' tables, for speed (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases: synthetic cases",
        allowedDependencies = { "cases", "cases :: foundation", "cases :: events", "cases.assistance", "database", "demo", "directory", "identity" })
package org.sankofa.cases.generator;
