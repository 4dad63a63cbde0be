package org.sankofa.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.shared.FormFields;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;

/**
 * One URL, page or fragment: a care section is served whole (with the layout) for a normal request and as its
 * fragment for htmx. A section's form is answered the one way forms are ({@link FormSubmission}): its values are read
 * with {@link FormErrors} so that every wrong value is explained, not refused blindly; invalid input gets the section
 * back with its messages and status 422, a conflict 409 with its message as an alert — for htmx too, whose
 * configuration in the layout swaps those answers. Once saved, an htmx request gets the section again with a message,
 * a plain one a redirect to the section.
 */
@NamedInterface("foundation")
public final class Sections {

    private Sections() {
    }

    /** Shows a section again, with messages per field and the values of its form. */
    @FunctionalInterface
    public interface Show<V> {
        String show(Map<String, String> errors, V values);
    }

    /** A use case that parses the rest of its form as it goes, into the map of errors it is given. */
    @FunctionalInterface
    public interface Parsing {
        void run(Map<String, String> errors);
    }

    /**
     * Saves a section's form: runs {@code useCase} unless a value could not be {@code read}. Refused: the form again
     * with the values {@code typed} (on a conflict too) and a message per field; done: the section again with
     * {@code savedKey} and the form {@code fresh} (htmx), or a redirect to {@code sectionPath}.
     */
    public static <V> String save(FormErrors read, Runnable useCase, V typed, V fresh, String savedKey,
            String sectionPath, HtmxRequest htmx, HttpServletResponse response, Model model, Show<V> show) {
        return answer(read, useCase, typed, typed, fresh, savedKey, sectionPath, htmx, response, model, show);
    }

    /**
     * As {@link #save}, for a form whose values were read into a map of errors: the values are shown again after
     * invalid input, not after a conflict.
     */
    public static String submit(Runnable useCase, Map<String, String> errors, Map<String, String> values,
            String savedKey, String sectionPath, HtmxRequest htmx, HttpServletResponse response, Model model,
            Show<Map<String, String>> show) {
        return Sections.<Map<String, String>>answer(read(errors), useCase, values, Map.of(), Map.of(), savedKey, sectionPath, htmx, response,
                model, show);
    }

    /**
     * As {@link #save}, for a form whose values were read into a map of errors and of its own type; {@code fresh}
     * is the form once saved.
     */
    public static <V> String submitKeeping(Runnable useCase, Map<String, String> errors, V typed, V fresh,
            String savedKey, String sectionPath, HtmxRequest htmx, HttpServletResponse response, Model model,
            Show<V> show) {
        return answer(read(errors), useCase, typed, typed, fresh, savedKey, sectionPath, htmx, response, model,
                show);
    }

    /**
     * As {@link #submit}, with one transaction around a use case that parses its form as it goes: a value it could
     * not parse rolls everything back (422). Done: a redirect to {@code sectionPath}, for htmx too.
     */
    public static String submitInTransaction(TransactionTemplate transaction, Parsing useCase,
            Map<String, String> values, String sectionPath, HttpServletResponse response, Model model,
            Show<Map<String, String>> show) {
        Map<String, String> errors = errors();
        return Sections.<Map<String, String>>answer(new FormErrors(), () -> transaction.executeWithoutResult(status -> {
            useCase.run(errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }), values, Map.of(), Map.of(), null, sectionPath, null, response, model,
                (messages, shown) -> show.show(messages.isEmpty() ? messages : withParsed(errors, messages), shown));
    }

    /** The three answers to a form; without a {@code savedKey}, a saved form is always redirected to. */
    private static <V> String answer(FormErrors read, Runnable useCase, V typed, V onConflict, V fresh,
            String savedKey, String sectionPath, HtmxRequest htmx, HttpServletResponse response, Model model,
            Show<V> show) {
        return FormSubmission.submit(read, response, () -> {
            useCase.run();
            if (savedKey != null && fragment(htmx)) {
                model.addAttribute("saved", savedKey);
                return show.show(Map.of(), fresh);
            }
            return "redirect:" + sectionPath;
        }, (fieldErrors, alert) -> {
            if (alert == null) {
                return show.show(fieldErrors, typed);
            }
            model.addAttribute("alert", alert);
            return show.show(Map.of(), onConflict);
        });
    }

    /** The messages of a refusal with the errors met while parsing (a parsing error wins on its field). */
    private static Map<String, String> withParsed(Map<String, String> parsed, Map<String, String> messages) {
        Map<String, String> all = new LinkedHashMap<>(messages);
        all.putAll(parsed);
        return all;
    }

    private static FormErrors read(Map<String, String> errors) {
        FormErrors read = new FormErrors();
        errors.forEach(read::reject);
        return read;
    }

    /** The values a form sent, by field (nulls kept), to show them again. */
    public static Map<String, String> values(String... fieldsAndValues) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return values;
    }

    public static boolean fragment(HtmxRequest htmx) {
        return htmx != null && htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
    }

    public static String view(String section, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return page("cases/care/" + section, htmx, response, model);
    }

    /** A template whole, or for htmx its {@code section} fragment; caches keep the two apart. */
    public static String page(String template, HtmxRequest htmx, HttpServletResponse response, Model model) {
        boolean fragment = fragment(htmx);
        model.addAttribute("fragment", fragment);
        response.addHeader("Vary", "HX-Request");
        return fragment ? template + " :: section" : template;
    }

    /** The status of a refused form, for htmx too: the layout's htmx configuration swaps 409 and 422 answers. */
    public static void status(HtmxRequest htmx, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
    }

    public static Map<String, String> errors() {
        return new LinkedHashMap<>();
    }

    public static Map<String, String> merge(Map<String, String> errors, InvalidInputException e) {
        Map<String, String> all = new LinkedHashMap<>(e.fieldErrors());
        all.putAll(errors);
        return all;
    }

    public static LocalDate date(String value, String field, Map<String, String> errors) {
        return FormFields.date(value, field, errors, "care.date.invalid");
    }

    /** A constant of {@code type}, whatever the case of the value. */
    public static <E extends Enum<E>> E code(Class<E> type, String value, String field, Map<String, String> errors) {
        return FormFields.choice(type, value == null ? null : value.toUpperCase(Locale.ROOT), field, errors,
                "care.code.unknown");
    }

    public static <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> values, String field,
            Map<String, String> errors) {
        Set<E> codes = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E code = code(type, value, field, errors);
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    public static Long id(String value, String field, Map<String, String> errors) {
        return FormFields.id(value, field, errors, "care.code.unknown");
    }

    public static BigDecimal amount(String value, String field, Map<String, String> errors) {
        return FormFields.decimal(value, field, errors, "care.service.cost.invalid");
    }

    public static String blank(String value) {
        return FormFields.blank(value) ? null : value.strip();
    }

    public static boolean checked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }
}
