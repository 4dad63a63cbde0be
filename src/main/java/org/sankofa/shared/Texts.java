package org.sankofa.shared;

import java.util.Map;

/** The checks and clean-ups every form's text fields go through, one way everywhere. */
public final class Texts {

    private Texts() {
    }

    /** Null, empty or only spaces. */
    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The text without surrounding spaces, or null when there is nothing in it. */
    public static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    /**
     * Names {@code field} in {@code errors} when the text is required and blank ({@code validation.required}), or
     * longer than {@code max} characters once stripped ({@code validation.too.long}).
     */
    public static void check(Map<String, String> errors, String field, String value, boolean required, int max) {
        if (isBlank(value)) {
            if (required) {
                errors.put(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            errors.put(field, "validation.too.long");
        }
    }
}
