package org.sankofa.statistics.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.sankofa.cases.AgeBand;
import org.sankofa.cases.Gender;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.statistics.internal.StatisticsFilter;

/**
 * The dashboard's query parameters, read as the case list reads its own: an empty value is no filter, an unknown
 * value is a 400 (IllegalArgumentException, answered in the reader's language). The span defaults to the last three
 * years, this one included.
 */
record StatisticsParams(String from, String to, String sex, String child, String nationality, String exploitation,
        String age) {

    /** The first year a span may start in. */
    static final int FIRST_YEAR = 2000;

    StatisticsFilter filter() {
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        int toYear = year(to, thisYear, thisYear);
        int fromYear = year(from, toYear - 2, thisYear);
        if (fromYear > toYear) {
            throw new IllegalArgumentException("the span of years ends before it starts");
        }
        String sexValue = blank(sex) ? null : Gender.fromValue(sex).value();
        Boolean childValue = blank(child) ? null : switch (child) {
            case "child" -> true;
            case "adult" -> false;
            default -> throw new IllegalArgumentException("child is child or adult");
        };
        String citizenship = null;
        if (!blank(nationality)) {
            if (!nationality.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("a nationality is an ISO 3166 alpha-2 code");
            }
            citizenship = nationality;
        }
        String form = blank(exploitation) ? null : TypeOfExploitation.fromValue(exploitation).value();
        AgeBand band = blank(age) ? null : AgeBand.fromLabel(age);
        return new StatisticsFilter(fromYear, toYear, sexValue, childValue, citizenship, form, band);
    }

    private static int year(String value, int otherwise, int thisYear) {
        if (blank(value)) {
            return otherwise;
        }
        if (!value.matches("\\d{4}")) {
            throw new IllegalArgumentException("a year is four digits");
        }
        int year = Integer.parseInt(value);
        if (year < FIRST_YEAR || year > thisYear) {
            throw new IllegalArgumentException("a year between " + FIRST_YEAR + " and this year");
        }
        return year;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
