package org.sankofa.cases.journey.internal.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Checks shared by the return records; each adds a message key per wrong field. */
public final class Checks {

    public static final int TEXT = 2000;

    private Checks() {
    }

    public static void required(Map<String, String> errors, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.put(field, "return.required");
        }
    }

    public static void past(Map<String, String> errors, String field, LocalDate value) {
        if (value == null) {
            errors.put(field, "return.required");
        } else if (value.isAfter(LocalDate.now())) {
            errors.put(field, "return.date.future");
        } else if (value.isBefore(LocalDate.of(1900, 1, 1))) {
            errors.put(field, "return.date.invalid");
        }
    }

    /** Short text shown in lists: limited and free of markup. */
    public static void text(Map<String, String> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.put(field, "return.text.too-long");
        } else if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            errors.put(field, "return.text.markup");
        }
    }

    public static void amount(Map<String, String> errors, String field, BigDecimal value, boolean positive) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || positive && value.signum() == 0) {
            errors.put(field, "return.amount.negative");
        } else if (value.scale() > 2 || value.compareTo(new BigDecimal("9999999999.99")) > 0) {
            errors.put(field, "return.amount.invalid");
        }
    }

    public static void currency(Map<String, String> errors, String field, String value) {
        if (value != null && !value.matches("[A-Z]{3}")) {
            errors.put(field, "return.currency.invalid");
        }
    }
}
