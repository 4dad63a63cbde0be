package org.sankofa.shared.web;

import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.http.HttpStatus;

/**
 * The one way a page form is answered. The form's values are read first ({@link FormErrors}); then its use case runs,
 * unless a value could not be read. Three answers:
 * <ul>
 * <li>done: what the use case answers (a redirect to the saved thing with a flash message, or an htmx fragment);</li>
 * <li>refused by a rule or an unreadable value: 422 and the form again, with the values typed and a message per field
 * (reading errors and rule errors together);</li>
 * <li>a conflict (someone saved first, a state that no longer allows it): 409 and the form again with the conflict's
 * message as an alert.</li>
 * </ul>
 * For htmx requests too: the layout's htmx configuration swaps 409 and 422 answers. Nothing is half-written: a use case
 * that refuses throws before its transaction commits.
 */
public final class FormSubmission {

    /** The alert of a form that came back without a readable version: "the request could not be understood". */
    public static final String BAD_REQUEST = "error.400.detail";

    /** Shows the form again: a message key per wrong field, or (for a conflict) an alert message key. */
    @FunctionalInterface
    public interface Again {
        String show(Map<String, String> fieldErrors, String alert);
    }

    private FormSubmission() {
    }

    /**
     * Runs {@code useCase} unless {@code read} holds errors, and answers as described above.
     *
     * @param read     the errors met while reading the form's values
     * @param response the response, whose status is set on a refusal
     * @param useCase  the use case; returns the view to answer when done
     * @param again    shows the form again after a refusal
     */
    public static String submit(FormErrors read, HttpServletResponse response, Supplier<String> useCase,
            Again again) {
        try {
            read.throwIfAny();
            return useCase.get();
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return again.show(read.with(refused), null);
        } catch (ConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return again.show(Map.of(), conflict.messageKey());
        }
    }

    /**
     * The same for a change of a stored record, at the version its form carries back (a hidden field, for optimistic
     * locking). A version that is missing, negative or not a number was not sent by the page: 400 and the form again
     * with the alert {@value #BAD_REQUEST} (and the fields already found unreadable), without running the use case.
     *
     * @param version the version as the form sent it
     * @param useCase the use case, given the version read
     */
    public static String submit(FormErrors read, String version, HttpServletResponse response,
            IntFunction<String> useCase, Again again) {
        Integer expected = FormFields.version(version);
        if (expected == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return again.show(read.asMap(), BAD_REQUEST);
        }
        return submit(read, response, () -> useCase.apply(expected), again);
    }
}
