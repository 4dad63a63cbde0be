package org.sankofa.plans.web;

import java.math.BigDecimal;

import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.web.FormErrors;

/** What the plans' forms read beyond {@link FormErrors}: amounts the columns hold, and every rule checked at once. */
final class FormReading {

    /** The message of a date the plans' forms cannot read. */
    static final String DATE = "plan.form.date";
    /** The message of a choice that is not among those offered. */
    static final String CHOICE = "plan.form.choice";

    private FormReading() {
    }

    /** A decimal number of at most 15 digits before the point (what the database columns hold). */
    static BigDecimal amount(FormErrors read, String field, String value) {
        BigDecimal number = read.decimal(field, value, "plan.form.number");
        if (number != null && number.precision() - number.scale() > 15) {
            read.reject(field, "plan.value.number.invalid");
            return null;
        }
        return number;
    }

    /**
     * When a value could not be read, checks the use case's rules on what was read too (they throw
     * {@link InvalidInputException} and write nothing), so that the form explains every wrong field at once.
     */
    static void alsoCheck(FormErrors read, Runnable rules) {
        if (read.ok()) {
            return;
        }
        try {
            rules.run();
        } catch (InvalidInputException refused) {
            refused.fieldErrors().forEach(read::reject);
        }
    }
}
