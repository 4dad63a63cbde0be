package org.sankofa.legal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads the strings a form sends into values; a value that cannot be read adds a field error and becomes null. A form
 * with such an error is shown again with it before any rule runs, so nothing is stored from a misread value.
 */
final class FormValues {

    private FormValues() {
    }

    static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "legal.date.invalid");
            return null;
        }
    }

    static Integer integer(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "legal.number.invalid");
            return null;
        }
    }

    static Long id(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "validation.format");
            return null;
        }
    }

    static <E extends Enum<E>> E choice(String value, Class<E> type, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "validation.format");
            return null;
        }
    }

    /** The version a form carries back (optimistic locking); null when it is missing or not a number. */
    static Integer version(String value) {
        try {
            int version = Integer.parseInt(value == null ? "" : value.strip());
            return version >= 0 ? version : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Today for no date; null for a date that is not a real YYYY-MM-DD date. */
    static LocalDate dateOrToday(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
