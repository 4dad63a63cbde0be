package org.sankofa.statistics;

import java.time.LocalDate;
import java.util.Collection;

import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.VictimMeasure;

/**
 * Counts of victims for other modules (plans' computed indicators, dashboards): persons, never identities, and never a
 * case's data, counted live from the case records through the cases module's public {@code CaseFigures}.
 */
public interface VictimStatistics {

    /**
     * Counts the persons of a measure between {@code from} and {@code to}, both days included, whose country (by
     * {@code basis}) is one of {@code countries} (ISO alpha-2; none given counts nothing).
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    VictimCounts count(VictimMeasure measure, CountryBasis basis, Collection<String> countries, LocalDate from,
            LocalDate to);
}
