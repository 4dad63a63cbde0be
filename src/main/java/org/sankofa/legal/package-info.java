/**
 * Legal harmonisation: international and regional instruments against trafficking in persons, each country's
 * status per instrument (signature, consent to be bound), national laws, and the harmonisation matrix of a
 * community on a date. Every legal fact carries its source; what nobody recorded is shown as "not recorded", never
 * as "not ratified".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal harmonisation",
        allowedDependencies = { "audit", "cases", "demo", "directory", "identity", "shared" })
package org.sankofa.legal;
