package org.sankofa.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
/** How much of a date is known: the day, only the month ("November 2006"), or only the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** The date written as far as it is known, in that language. */
    public String format(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return switch (this) {
            case DAY -> date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            case MONTH -> date.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
