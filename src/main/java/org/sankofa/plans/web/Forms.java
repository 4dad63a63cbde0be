package org.sankofa.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sankofa.shared.FormFields;
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
        return FormFields.date(value, field, errors, "plan.form.date");
    }

    /** A decimal number of at most 15 digits before the point (what the database columns hold). */
    BigDecimal decimal(String field, String value) {
        BigDecimal number = FormFields.decimal(value, field, errors, "plan.form.number");
        if (number != null && number.precision() - number.scale() > 15) {
            errors.put(field, "plan.value.number.invalid");
            return null;
        }
        return number;
    }

    Long id(String field, String value) {
        return FormFields.id(value, field, errors);
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        return FormFields.choice(type, value, field, errors, "plan.form.choice");
    }
}
