package org.sankofa.shared.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How {@link FormErrors} reads the strings a page form sends into values (its implementation; use FormErrors). A blank value is null; a value that cannot be read is null too and
 * puts a message key for its field into {@code errors}, so that every field is checked and explained at once (a 422
 * with the form shown again), never a 400 or a 500 for a typing mistake. Each module passes its own message key, or
 * gets {@link #INVALID}. Values are stripped before they are read.
 */
final class FormFields {

    /** The message key used when the caller names none: "this value does not have the expected format". */
    public static final String INVALID = "validation.format";

    private FormFields() {
    }

    /** Reads a stripped, non-blank value; throws {@link IllegalArgumentException} or {@link DateTimeException}. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(String stripped);
    }

    /** The value read by {@code reader}; null when blank, or when unreadable, after recording {@code messageKey}. */
    public static <T> T read(String value, String field, Map<String, String> errors, String messageKey,
            Reader<T> reader) {
        if (blank(value)) {
            return null;
        }
        try {
            return reader.read(value.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.put(field, messageKey);
            return null;
        }
    }

    /** An ISO date (YYYY-MM-DD). */
    public static LocalDate date(String value, String field, Map<String, String> errors, String messageKey) {
        return read(value, field, errors, messageKey, LocalDate::parse);
    }

    public static LocalDate date(String value, String field, Map<String, String> errors) {
        return date(value, field, errors, INVALID);
    }

    public static Integer integer(String value, String field, Map<String, String> errors, String messageKey) {
        return read(value, field, errors, messageKey, Integer::valueOf);
    }

    public static Integer integer(String value, String field, Map<String, String> errors) {
        return integer(value, field, errors, INVALID);
    }

    /** The id of a row another field points to. */
    public static Long id(String value, String field, Map<String, String> errors, String messageKey) {
        return read(value, field, errors, messageKey, Long::valueOf);
    }

    public static Long id(String value, String field, Map<String, String> errors) {
        return id(value, field, errors, INVALID);
    }

    /** A decimal number; a comma is read as the decimal point (1,5 is 1.5). */
    public static BigDecimal decimal(String value, String field, Map<String, String> errors, String messageKey) {
        return read(value, field, errors, messageKey, text -> new BigDecimal(text.replace(',', '.')));
    }

    public static BigDecimal decimal(String value, String field, Map<String, String> errors) {
        return decimal(value, field, errors, INVALID);
    }

    /** A constant of {@code type} by its exact name. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> errors,
            String messageKey) {
        return read(value, field, errors, messageKey, text -> Enum.valueOf(type, text));
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
            Map<String, String> errors) {
        return choice(type, value, field, errors, INVALID);
    }

    /** The version a form carries back (hidden field, optimistic locking); null when missing, negative or not a number. */
    public static Integer version(String value) {
        Integer version = integer(value, "version", new HashMap<>());
        return version != null && version >= 0 ? version : null;
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
