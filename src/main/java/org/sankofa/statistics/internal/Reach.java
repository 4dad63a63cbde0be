package org.sankofa.statistics.internal;

import java.util.Set;

/**
 * Whose persons a dashboard counts and how exactly: the countries of identification (null: every country), or one
 * office; exact counts for the case roles of that office, small cells suppressed for everyone else.
 *
 * @param countries the countries of identification counted, null for all
 * @param officeId  the office whose cases are counted, or null
 * @param exact     true when counts are shown whole (case workers and supervisors, their own office)
 * @param who       what the scope is, for the page: an office code, a country, a community code, or empty for all
 */
public record Reach(Set<String> countries, Long officeId, boolean exact, String who) {

    public Reach {
        countries = countries == null ? null : Set.copyOf(countries);
    }
}
