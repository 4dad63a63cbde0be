package org.sankofa.events.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.sankofa.shared.DatePrecision;

/**
 * When an event takes place, as far as its source says: the first and last day, how much of them is known (the day,
 * only the month, only the year — {@link DatePrecision}, as plans record adoption dates) and whether the year is
 * known at all. Several seeds give 24–26 March and no year: the days are then kept with the placeholder year
 * 2000, which is never shown (the event reads 24 March – 26 March, year not given), and date filters
 * and the calendar order leave such events apart instead of inventing a year. When the source gives no date at all
 * (six national workshops announced), both days are null: the dates are not given.
 */
public record EventDates(LocalDate startOn, LocalDate endOn, DatePrecision precision, boolean yearGiven) {

    /** The year the days of an event without a year are kept in (a leap year, so that 29 February fits). */
    public static final int PLACEHOLDER_YEAR = 2000;

    public EventDates {
        precision = precision == null ? DatePrecision.DAY : precision;
        if (!yearGiven) {
            startOn = startOn == null ? null : startOn.withYear(PLACEHOLDER_YEAR);
            endOn = endOn == null ? null : endOn.withYear(PLACEHOLDER_YEAR);
        }
        if (endOn == null) {
            endOn = startOn;
        }
    }

    /** Whether any day is known (the source gives a date). */
    public boolean known() {
        return startOn != null;
    }

    /** Names each rule the dates break in {@code errors}: a start, an end not before it, a year for a year. */
    void check(Map<String, String> errors) {
        if (startOn == null) {
            if (endOn != null) {
                errors.putIfAbsent("startOn", "event.dates.startNeeded");
            }
            return;
        }
        if (endOn.isBefore(startOn)) {
            errors.putIfAbsent("endOn", "event.dates.order");
        }
        if (!yearGiven && precision == DatePrecision.YEAR) {
            errors.putIfAbsent("yearGiven", "event.dates.yearNeeded");
        }
        if (startOn.getYear() < 1900 || endOn.getYear() > 2200) {
            errors.putIfAbsent("startOn", "event.dates.range");
        }
    }

    /** Whether the event is one day (as far as its dates are known). */
    public boolean oneDay() {
        return startOn == null || startOn.equals(endOn) || precision != DatePrecision.DAY;
    }

    /** The dates in words: {@code 2023-10-19}, {@code 2023-10-19 – 2023-10-21}, October 2023, 2023, 24 March. */
    public String describe(Locale locale) {
        if (startOn == null) {
            return "";
        }
        if (!yearGiven) {
            DateTimeFormatter pattern = DateTimeFormatter.ofPattern(precision == DatePrecision.MONTH ? "LLLL" : "d MMMM",
                    locale);
            String start = startOn.format(pattern);
            return oneDay() ? start : start + " – " + endOn.format(pattern);
        }
        return switch (precision) {
            case DAY -> oneDay() ? startOn.toString() : startOn + " – " + endOn;
            case MONTH, YEAR -> precision.format(startOn, locale);
        };
    }
}
