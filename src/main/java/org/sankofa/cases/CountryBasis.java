package org.sankofa.cases;

/**
 * Which country of a case a country filter of {@link VictimStatistics} looks at: where the person was identified (the
 * state's own caseload: what a national plan's "victims identified" usually means, and what UNODC's global report
 * counts as victims detected), or the person's citizenship (nationals, wherever they were identified — e.g. Malians
 * identified abroad and returned home).
 */
public enum CountryBasis {
    IDENTIFIED_IN, CITIZENS_OF;
}
