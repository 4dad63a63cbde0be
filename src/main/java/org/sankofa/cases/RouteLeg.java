package org.sankofa.cases;

import java.time.LocalDate;

/**
 * One leg of the route the person was moved along: a country with its role (ORIGIN, TRANSIT, DESTINATION) and the
 * dates of arrival and departure where known. Legs are kept in the order given.
 */
public record RouteLeg(String country, String role, LocalDate arrivedOn, LocalDate leftOn) {

    /** The roles a country plays on the route. */
    public static final java.util.List<String> ROLES = java.util.List.of("ORIGIN", "TRANSIT", "DESTINATION");
}
