package org.sankofa.programmes.internal;

import java.time.LocalDate;

/** A line of the programme list: its donors' and implementers' names joined, and how many countries it covers today. */
public record ProgrammeSummary(long id, String code, String title, LocalDate startsOn, LocalDate endsOn,
        String donors, String implementers, int countries) {
}
