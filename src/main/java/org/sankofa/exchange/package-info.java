/**
 * Data exchange: cases in and out in IOM's Human Trafficking Case Data Standard (HTCDS 2.0). One mapping of the
 * official template's columns to the case model ({@link org.sankofa.exchange.HtcdsColumn},
 * {@link org.sankofa.exchange.HtcdsMapping}, {@link org.sankofa.exchange.HtcdsValues}) serves the export and the
 * import; cases are read and registered only through the case module's public {@code CaseExchange}, so that scope,
 * encryption, the name index, the audit and the domain events stay the case module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
        allowedDependencies = { "audit", "cases", "database", "directory", "identity", "shared" })
package org.sankofa.exchange;
