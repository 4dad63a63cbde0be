package org.sankofa.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sankofa.shared.InvalidInputException;

/**
 * Reads the strings a page form sends into values, naming each field that does not parse (so that every field is
 * checked and explained at once, never a 400 or a 500 for a typing mistake).
 */
final class Forms {

    private final Map<String, String> errors = new LinkedHashMap<>();

    Map<String, String> errors() {
        return errors;
    }

    /** The parse errors and those of the rules together; the parse errors win on a field. */
    Map<String, String> with(InvalidInputException e) {
        Map<String, String> all = new LinkedHashMap<>(e.fieldErrors());
        all.putAll(errors);
        return all;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "plan.form.date");
            return null;
        }
    }

    BigDecimal decimal(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip().replace(',', '.'));
            if (number.precision() - number.scale() > 15) {
                errors.put(field, "plan.value.number.invalid");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(field, "plan.form.number");
            return null;
        }
    }

    Long id(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "validation.format");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "plan.form.choice");
            return null;
        }
    }

    /** The version a form carries (hidden field); null when missing or not a number. */
    static Integer version(String value) {
        try {
            int version = Integer.parseInt(value == null ? "" : value.strip());
            return version >= 0 ? version : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
