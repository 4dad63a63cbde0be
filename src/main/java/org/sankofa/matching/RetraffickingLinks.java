package org.sankofa.matching;

import java.time.LocalDate;

/**
 * Re-trafficking as the matching module knows it (issue 17): new cases a supervisor confirmed to be the same person
 * as an earlier, closed case. For the statistics module: counts only, never a case or an identity.
 */
public interface RetraffickingLinks {

    /**
     * How many persons were confirmed re-trafficked between {@code from} and {@code to} (both included, by the day
     * of the confirmation): each new case once, however many earlier cases it is linked to.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    long persons(LocalDate from, LocalDate to);
}
