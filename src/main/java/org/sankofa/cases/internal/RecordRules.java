package org.sankofa.cases.internal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/** Checks shared by the care records; each adds a message key per wrong field. */
@NamedInterface("foundation")
public final class RecordRules {

    public static final int LONG_TEXT = 5000;
    public static final int SHORT_TEXT = 2000;

    private RecordRules() {
    }

    public static void date(Map<String, String> errors, String field, LocalDate value) {
        if (value == null) {
            errors.put(field, "care.required");
        } else if (value.isAfter(LocalDate.now())) {
            errors.put(field, "care.date.future");
        } else if (value.isBefore(LocalDate.of(1900, 1, 1))) {
            errors.put(field, "care.date.invalid");
        }
    }

    public static void required(Map<String, String> errors, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.put(field, "care.required");
        }
    }

    /** Free text: stored encrypted and always escaped on output, so only its length is limited. */
    public static void text(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, max == LONG_TEXT ? "care.text.too-long" : "care.text.too-long.short");
        }
    }
}
