/**
 * What happens to action plans, as past-tense domain events that other modules may listen to ({@code plans :: events}):
 * a plan adopted, a progress report approved. Events carry ids, periods and dates only.
 */
@org.springframework.modulith.NamedInterface("events")
package org.sankofa.plans.events;
