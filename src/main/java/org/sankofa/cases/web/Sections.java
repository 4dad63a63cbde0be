package org.sankofa.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * One URL, page or fragment: a care section is served whole (with the layout) for a normal request and as its
 * fragment for htmx. Forms send strings, parsed here so that every wrong value is explained, not refused blindly.
 * An htmx request with invalid input gets the section back with its messages and status 200 (htmx swaps only 2xx);
 * a normal request gets the status (422, 409).
 */
final class Sections {

    private Sections() {
    }

    static boolean fragment(HtmxRequest htmx) {
        return htmx != null && htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
    }

    static String view(String section, HtmxRequest htmx, HttpServletResponse response, Model model) {
        boolean fragment = fragment(htmx);
        model.addAttribute("fragment", fragment);
        response.addHeader("Vary", "HX-Request");
        return fragment ? "cases/care/" + section + " :: section" : "cases/care/" + section;
    }

    /** The status of a refused form, for htmx too: the layout's htmx configuration swaps 409 and 422 answers. */
    static void status(HtmxRequest htmx, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
    }

    static Map<String, String> errors() {
        return new LinkedHashMap<>();
    }

    static Map<String, String> merge(Map<String, String> errors, InvalidInputException e) {
        Map<String, String> all = new LinkedHashMap<>(e.fieldErrors());
        all.putAll(errors);
        return all;
    }

    static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "care.date.invalid");
            return null;
        }
    }

    static <E extends Enum<E>> E code(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "care.code.unknown");
            return null;
        }
    }

    static <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> values, String field,
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

    static Long id(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "care.code.unknown");
            return null;
        }
    }

    static BigDecimal amount(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "care.service.cost.invalid");
            return null;
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static boolean checked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }
}
