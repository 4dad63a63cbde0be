package org.sankofa.cases;

import java.time.LocalDate;

/**
 * The case list's filters, already checked: status, owning office, sex, age band, child or adult, one type of
 * exploitation, nationality, identification dates; sorted by identification date (newest first) or case number,
 * read a page at a time after the opaque {@code cursor} of the previous page.
 */
public record CaseFilter(CaseStatus status, Long officeId, Gender sex, AgeBand ageBand, Boolean child,
        TypeOfExploitation exploitationType, String nationality, LocalDate identifiedFrom, LocalDate identifiedTo,
        Sort sort, String cursor, int size) {

    /** The orders of the list. */
    public enum Sort {
        /** Identification date, newest first (the default). */
        DATE,
        /** Case number, in order. */
        NUMBER
    }

    public static CaseFilter none(int size) {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, Sort.DATE, null, size);
    }
}
