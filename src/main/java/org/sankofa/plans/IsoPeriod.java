package org.sankofa.plans;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period written as in ISO 8601 / SDMX practice: a year {@code 2025}, a quarter {@code 2025Q3}, a
 * semester {@code 2025S1} or a month {@code 202509}. Years run from 1900 to 2199.
 *
 * @param kind  year, semester, quarter or month
 * @param year  the calendar year
 * @param index 1 for a year; the semester (1–2), quarter (1–4) or month (1–12) otherwise
 */
public record IsoPeriod(Kind kind, int year, int index) implements Comparable<IsoPeriod> {

    public enum Kind {
        YEAR, SEMESTER, QUARTER, MONTH
    }

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})(?:(Q)([1-4])|(S)([12])|(0[1-9]|1[0-2]))?$");

    public IsoPeriod {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("year out of range");
        }
        int max = switch (kind) {
            case YEAR -> 1;
            case SEMESTER -> 2;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException("index out of range");
        }
    }

    /** The period written {@code text}, or empty when it is not a well-formed period (upper case, no spaces). */
    public static Optional<IsoPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2199) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(new IsoPeriod(Kind.QUARTER, year, Integer.parseInt(m.group(3))));
        }
        if (m.group(4) != null) {
            return Optional.of(new IsoPeriod(Kind.SEMESTER, year, Integer.parseInt(m.group(5))));
        }
        if (m.group(6) != null) {
            return Optional.of(new IsoPeriod(Kind.MONTH, year, Integer.parseInt(m.group(6))));
        }
        return Optional.of(new IsoPeriod(Kind.YEAR, year, 1));
    }

    public static IsoPeriod year(int year) {
        return new IsoPeriod(Kind.YEAR, year, 1);
    }

    /** The first day of the period. */
    public LocalDate start() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case SEMESTER -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(year, 3 * (index - 1) + 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case SEMESTER -> index == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, 3 * index).atEndOfMonth();
            case MONTH -> YearMonth.of(year, index).atEndOfMonth();
        };
    }

    /** Whether every day of {@code other} lies within this period (a year contains its quarters). */
    public boolean contains(IsoPeriod other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /** Whether the two periods share a day. */
    public boolean overlaps(IsoPeriod other) {
        return !other.end().isBefore(start()) && !other.start().isAfter(end());
    }

    /** The year this period lies in. */
    public IsoPeriod calendarYear() {
        return year(year);
    }

    /** Ordered by start, then the longer period first (2025 before 2025S1 before 2025Q1 before 202501). */
    @Override
    public int compareTo(IsoPeriod other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : other.end().compareTo(end());
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case SEMESTER -> year + "S" + index;
            case QUARTER -> year + "Q" + index;
            case MONTH -> String.format("%d%02d", year, index);
        };
    }
}
