package org.sankofa.cases.web;

import java.util.HashMap;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.modulith.NamedInterface;
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

    /**
     * Saves a section's form: runs {@code useCase} unless a value could not be {@code read}. Refused: the form again
     * with the values {@code typed} (on a conflict too) and a message per field; done: the section again with
     * {@code savedKey} and the form {@code fresh} (htmx), or a redirect to {@code sectionPath}.
     */
    public static <V> String save(FormErrors read, Runnable useCase, V typed, V fresh, String savedKey,
            String sectionPath, HtmxRequest htmx, HttpServletResponse response, Model model, Show<V> show) {
        return FormSubmission.submit(read, response, () -> {
            useCase.run();
            if (savedKey != null && fragment(htmx)) {
                model.addAttribute("saved", savedKey);
                return show.show(Map.of(), fresh);
            }
            return "redirect:" + sectionPath;
        }, (fieldErrors, alert) -> {
            if (alert != null) {
                model.addAttribute("alert", alert);
            }
            return show.show(fieldErrors, typed);
        });
    }

    /** The values a form sent, by field (nulls kept), to show them again. */
    public static Map<String, String> values(String... fieldsAndValues) {
        Map<String, String> values = new HashMap<>();
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
}
