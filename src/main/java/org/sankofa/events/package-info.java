/**
 * Capacity building (issue 13): workshops, conferences, trainings, meetings and awareness activities — their dates
 * (as far as the source gives them), venue, organisers and funders of the directory, the plan activities they serve
 * (through {@link org.sankofa.plans.PlanActivities}), agenda, outputs, the event a follow-up repeats, and their status
 * PLANNED → HELD → REPORTED or CANCELLED, each dated and audited; and the funded programmes an event serves (issue 14),
 * whose "workshops held" and "people trained" it counts ({@link org.sankofa.programmes.ProgrammeFeed}).
 *
 * <p>The public API holds the vocabularies ({@link org.sankofa.events.EventKind}, {@link org.sankofa.events.EventStatus}),
 * the typed {@link org.sankofa.events.EventId} and an organiser's work for the home page
 * ({@link org.sankofa.events.EventWork}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
        allowedDependencies = { "audit", "demo", "directory", "identity", "plans", "programmes", "shared" })
package org.sankofa.events;
