/**
 * Programmes and donors (issue 14): funded projects — title, code, donors with their grant references, implementing
 * and partner organisations of the directory, countries covered (each with the day it joined), period and phases,
 * budget lines per ISO 4217 currency (never summed across currencies), the plan activities served (through
 * {@link org.sankofa.plans.PlanActivities}) and documents — with targets whose progress is counted from the work
 * itself: the cases enrolled in the programme (through {@link org.sankofa.cases.EnrolledCases}, counting only what
 * happened while a case was enrolled), the countries covered, the events that serve the programme (through a
 * {@link org.sankofa.programmes.ProgrammeFeed} the events module offers) and, for a manual figure, the values of a plans
 * indicator with their evidence, comment, approval and locks (through {@link org.sankofa.plans.IndicatorValues}). A
 * donor report per programme and period gives targets against achieved, by country, sex and age band, aggregates
 * only with small cells suppressed.
 *
 * <p>The public API holds the typed {@link org.sankofa.programmes.ProgrammeId}, the vocabulary of
 * {@link org.sankofa.programmes.TargetMeasure}, the feed other modules implement and the names of the programmes
 * ({@link org.sankofa.programmes.ProgrammeNames}) for the forms that link to one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programmes",
        allowedDependencies = { "audit", "cases", "demo", "directory", "identity", "plans", "shared" })
package org.sankofa.programmes;
