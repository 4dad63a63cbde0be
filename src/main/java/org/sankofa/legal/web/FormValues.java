package org.sankofa.legal.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.sankofa.shared.FormFields;

/**
 * The legal forms' own messages for the values {@link FormFields} reads: a value that cannot be read adds a field error
 * and becomes null. A form with such an error is shown again with it before any rule runs, so nothing is stored from a
 * misread value.
 */
final class FormValues {

    private FormValues() {
    }

    static LocalDate date(String value, String field, Map<String, String> errors) {
        return FormFields.date(value, field, errors, "legal.date.invalid");
    }

    static Integer integer(String value, String field, Map<String, String> errors) {
        return FormFields.integer(value, field, errors, "legal.number.invalid");
    }

    /** Today for no date; null for a date that is not a real YYYY-MM-DD date. */
    static LocalDate dateOrToday(String value) {
        return FormFields.blank(value) ? LocalDate.now() : FormFields.date(value, "date", new HashMap<>());
    }
}
