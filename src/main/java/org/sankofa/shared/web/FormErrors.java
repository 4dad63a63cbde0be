package org.sankofa.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sankofa.shared.InvalidInputException;

/**
 * Reads the strings of a page form into values, one field at a time, and remembers a message key for every field it
 * could not read — so that a form is checked whole and every wrong field explained at once (a 422 with the form shown
 * again), never a 400 or a 500 for a typing mistake. A blank value reads as null. The use case of the form runs only
 * when nothing was wrong ({@link FormSubmission}); the errors of its own rules join these.
 *
 * <p>Each reader takes the message key to show; without one, {@value #INVALID}.
 */
public final class FormErrors {

    /** The message key used when the caller names none: "this value does not have the expected format". */
    public static final String INVALID = FormFields.INVALID;

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** A date written YYYY-MM-DD. */
    public LocalDate date(String field, String value, String messageKey) {
        return FormFields.date(value, field, errors, messageKey);
    }

    public LocalDate date(String field, String value) {
        return date(field, value, FormFields.INVALID);
    }

    public Integer integer(String field, String value, String messageKey) {
        return FormFields.integer(value, field, errors, messageKey);
    }

    public Integer integer(String field, String value) {
        return integer(field, value, FormFields.INVALID);
    }

    /** The id of a row another field points to (an organisation, an office…). */
    public Long id(String field, String value, String messageKey) {
        return FormFields.id(value, field, errors, messageKey);
    }

    public Long id(String field, String value) {
        return id(field, value, FormFields.INVALID);
    }

    /** A decimal number; a comma is read as the decimal point (1,5 is 1.5). */
    public BigDecimal decimal(String field, String value, String messageKey) {
        return FormFields.decimal(value, field, errors, messageKey);
    }

    public BigDecimal decimal(String field, String value) {
        return decimal(field, value, FormFields.INVALID);
    }

    /** A constant of {@code type} by its name, whatever the case of the letters sent. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, String messageKey) {
        return FormFields.choice(type, value == null ? null : value.strip().toUpperCase(Locale.ROOT), field, errors,
                messageKey);
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        return choice(field, value, type, FormFields.INVALID);
    }

    /** Several constants of {@code type} (checkboxes, a multiple select); blank values are left out. */
    public <E extends Enum<E>> Set<E> choices(String field, Collection<String> values, Class<E> type,
            String messageKey) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E one = choice(field, value, type, messageKey);
                if (one != null) {
                    chosen.add(one);
                }
            }
        }
        return chosen;
    }

    /** The version a form carries back (a hidden field, for optimistic locking); missing or wrong: a message. */
    public Integer version(String value) {
        Integer version = FormFields.version(value);
        if (version == null) {
            errors.put("version", "error.400.detail");
        }
        return version;
    }

    /** A version a form carries back, read without recording a message: null when missing, negative or not a number. */
    public static Integer versionOf(String value) {
        return FormFields.version(value);
    }

    /** The text of a field, stripped; null when blank. */
    public static String text(String value) {
        return FormFields.blank(value) ? null : value.strip();
    }

    /** Whether a checkbox was ticked ({@code on} or {@code true}). */
    public static boolean checked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }

    /** Records that {@code field} is wrong, with the message to show (the first message of a field wins). */
    public FormErrors reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The fields that could not be read, with their message keys, in the order they were read. */
    public Map<String, String> asMap() {
        return Map.copyOf(errors);
    }

    /** Refuses the form (422) when a field could not be read; inside a transaction, that rolls it back. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** These errors and those of the rules together, in order; on a field both name, the reading error wins. */
    public Map<String, String> with(InvalidInputException refused) {
        Map<String, String> all = new LinkedHashMap<>(refused.fieldErrors());
        all.putAll(errors);
        return all;
    }
}
