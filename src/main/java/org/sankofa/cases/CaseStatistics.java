package org.sankofa.cases;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Aggregate statistics of the case records, for other modules (plans' computed indicators, dashboards): counts of
 * persons, never identities, and never a case's data. Other modules use this, not the case tables.
 */
public interface CaseStatistics {

    /**
     * Counts the persons of a measure between {@code from} and {@code to}, both days included, whose country (by
     * {@code basis}) is one of {@code countries} (ISO alpha-2; none given counts nothing).
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    VictimCounts count(VictimMeasure measure, CountryBasis basis, Collection<String> countries, LocalDate from,
            LocalDate to);
}
