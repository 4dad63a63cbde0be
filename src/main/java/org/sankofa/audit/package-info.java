/**
 * Audit: an append-only, hash-chained record of who did what, when and from where — sign-ins, failed sign-ins,
 * token use, administrative changes, and (later) every view of a victim's identifying data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = { "database", "shared" })
package org.sankofa.audit;
