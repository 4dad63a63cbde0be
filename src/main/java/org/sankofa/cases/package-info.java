/**
 * Cases: victim assistance, from identification to reintegration and closure. This module holds the case record
 * (identification, person, HTCDS profile, route, consents, notes, attachments, closure, timeline) and what protects
 * it: field encryption (AES-256-GCM with rotatable keys), name search through a keyed blind index, and need to know
 * as a predicate of every case query. Its parts are nested modules built on it: {@code assistance} (assessments,
 * services, referrals), {@code bestinterests}, {@code journey} (tracing, transfer, return, reintegration,
 * follow-ups) and {@code generator} (synthetic cases).
 *
 * <p>Other modules see the HTCDS 2.0 code lists ({@link org.sankofa.cases.CodeList} and the enums it lists), the
 * typed {@link org.sankofa.cases.CaseId}, the aggregate {@link org.sankofa.cases.CaseFigures} and the domain events
 * of {@code cases.events} — never a victim's name, in clear or encrypted, with one exception:
 * {@link org.sankofa.cases.PersonsOnRecord} gives the matching module an office's persons, decrypted, for its own case
 * staff only, to compare in memory (decision 0025). The parts see, besides, the named
 * interface {@code foundation}: the access checks, encryption, consents, attachments and form sections they build on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = { "audit", "database", "demo", "directory", "identity", "shared" })
package org.sankofa.cases;
