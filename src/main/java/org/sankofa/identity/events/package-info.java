/**
 * What happens to accounts, as past-tense domain events that other modules may listen to ({@code identity :: events}):
 * repeated failed sign-ins to an account. Events carry account ids and counts, never a name typed at the sign-in.
 */
@org.springframework.modulith.NamedInterface("events")
package org.sankofa.identity.events;
