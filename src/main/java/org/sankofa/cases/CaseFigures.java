package org.sankofa.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The non-identifying facts of victims' cases, counted by the database in groups, for the statistics module: how many
 * persons of a measure share a sex, an age at identification, forms of exploitation and a country. Never a case, never
 * an identity. Other modules read cases' figures through this, never through the case tables.
 */
public interface CaseFigures {

    /**
     * Persons who share the same facts.
     *
     * @param sex     the HTCDS gender value
     * @param age     the age at identification, in years
     * @param forms   the HTCDS values of the forms of exploitation (none when not recorded)
     * @param country the country of the basis asked for (ISO alpha-2)
     * @param persons how many persons
     */
    record Group(String sex, int age, List<String> forms, String country, long persons) {

        public Group {
            forms = List.copyOf(forms);
        }
    }

    /**
     * The groups of the persons of a measure between {@code from} and {@code to}, both days included, whose country
     * (by {@code basis}) is one of {@code countries} (ISO alpha-2; none given: no group). Persons screened "not a
     * victim" are never counted.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    List<Group> groups(VictimMeasure measure, CountryBasis basis, Collection<String> countries, LocalDate from,
            LocalDate to);
}
