package org.sankofa.directory;

import java.time.LocalDate;

/**
 * One period of a country's membership of a community: a member on date d when {@code joinedOn <= d} and
 * ({@code leftOn} is null or {@code d < leftOn}).
 */
public record Membership(String communityCode, String countryCode, LocalDate joinedOn, LocalDate leftOn,
        String source) {

    public boolean activeOn(LocalDate date) {
        return !joinedOn.isAfter(date) && (leftOn == null || date.isBefore(leftOn));
    }
}
