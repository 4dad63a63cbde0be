package org.sankofa.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one date convention of pages, forms, messages and exports: ISO 8601 ({@code 2026-03-12}), whatever the reader's
 * language — a date typed in one office is read in another, and {@code 12/03/2026} means two different days in
 * English and in French. Moments are written in UTC ({@code 2026-03-12 09:30 UTC}). Date fields are typed as text in
 * this format (the hint says so), not as the browser's date picker, which shows the browser's own format.
 */
public final class Dates {

    /** What a person types in a date field, as the hints say. */
    public static final String PATTERN = "YYYY-MM-DD";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /** {@code 2026-03-12}; null for null. */
    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** {@code 2026-03-12 09:30 UTC}; null for null. */
    public static String utc(Instant moment) {
        return moment == null ? null : MINUTES.format(moment) + " UTC";
    }
}
