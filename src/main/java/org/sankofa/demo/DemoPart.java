package org.sankofa.demo;

/**
 * The parts of the demo world, in the order they load: the one place that orders them. Each part is loaded by one
 * {@link DemoStep} of the module that owns its data, through that module's own rules; a part comes after the parts
 * whose data it builds on.
 */
public enum DemoPart {

    /** The organisations and offices the seeds name, and a demo user for every role (module demo). */
    PEOPLE,
    /** Synthetic services of partners in the cities of the demo offices, and the offices placed on the map. */
    PARTNER_SERVICES,
    /** A few hundred synthetic cases at every stage, in the demo offices (cases' generator). */
    CASES,
    /** Best-interests determinations for children found away from their country (needs the cases). */
    BEST_INTERESTS_DECISIONS,
    /** Return plans for the children whose determination was approved, some of them arrived (needs the decisions). */
    RETURNS,
    /** International instruments, ratifications and national laws (no dependency on cases). */
    LEGAL,
    /** The action plans of the seeds, their areas, indicators and periods. */
    PLANS,
    /** The indicators of the Mali plan computed from the cases (needs the plans and the cases). */
    COMPUTED_INDICATORS,
    /** An evaluation of Mali's plan 2018–2022 linked to its successor (needs the plans). */
    EVALUATIONS,
    /** Closure requests of children whose return arrived and whose follow-ups are done (needs the returns). */
    CLOSURE_REQUESTS,
    /** Tracing requests and transfers between the demo offices (needs the cases and the returns). */
    JOURNEYS,
    /** The events of the seeds, with synthetic participants (needs the organisations and the plans). */
    EVENTS,
    /** The funded programmes of the seeds, with demo cases enrolled (needs the organisations, the returns, the plans). */
    PROGRAMMES,
    /** The events that serve the programmes: the six national workshops and the Abuja launch (needs both). */
    EVENT_PROGRAMMES
}
