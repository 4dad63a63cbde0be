package org.sankofa.programmes.internal;

import java.time.LocalDate;

/**
 * The filters of the programme list: words of the title or code, a donor, a country covered, and the day the
 * programme must be running on (null: any).
 */
public record ProgrammeFilter(String text, Long donor, String country, LocalDate runningOn) {

    public static ProgrammeFilter none() {
        return new ProgrammeFilter(null, null, null, null);
    }
}
