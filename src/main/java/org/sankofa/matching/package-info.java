/**
 * Matching: finding the same person again among the cases — duplicates at registration and in batch, re-trafficking
 * links and family-tracing matches — by probabilistic record linkage (Fellegi–Sunter: comparison levels per field,
 * m and u probabilities estimated by EM, term-frequency adjustment, blocking) on names compared through West African
 * spelling equivalences kept as data ({@code resources/matching/name-equivalences.csv}). Names are never stored in
 * clear for matching: records are compared in memory, decrypted, within one office (decisions 0004 and 0025).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching",
        allowedDependencies = { "audit", "cases", "identity", "shared" })
package org.sankofa.matching;
