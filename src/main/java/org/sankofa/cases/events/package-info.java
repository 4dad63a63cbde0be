/**
 * What happens to victims' cases, as past-tense domain events that any module may listen to: registered, updated,
 * closed, reopened, a service delivered, a referral sent or answered, a best-interests determination approved, family
 * tracing requested or answered, a transfer requested, accepted or rejected, a return completed, a reintegration
 * planned, a follow-up visit recorded. Every part of the case (the record, assistance, best interests, the journey
 * home) publishes its events here, so that listeners depend on this package only ({@code cases :: events}).
 *
 * <p>Events carry ids and the non-identifying facts listeners need — dates, offices, countries, codes — and never a
 * name, a contact, a narrative or a note: they are stored in {@code event_publication} until every listener ran.
 */
@org.springframework.modulith.NamedInterface("events")
package org.sankofa.cases.events;
