package org.sankofa.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one rule for control characters in what people and clients send: every text loses them before any handler,
 * form record or rule sees it — NUL and the other C0 controls, DEL and the C1 controls — except tab, line feed and
 * carriage return, which texts legitimately hold. They are removed rather than refused: they are invisible, come
 * from pasting, and would otherwise be stored (PostgreSQL refuses NUL in text: a 500) and rendered. Two hooks apply
 * it, one per way text arrives: {@link #filter()} for request parameters (page forms, multipart fields, query
 * strings) and {@link #json()} for every string of a JSON body.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The text without its control characters other than tab, line feed and carriage return; null stays null. */
    static String strip(String text) {
        if (text == null || !present(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!control(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    static boolean present(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (control(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean control(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /** Request parameters as read by everyone after it (Spring MVC's binding, Spring Security's sign-in…). */
    static Filter filter() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                chain.doFilter(new Parameters((HttpServletRequest) request), response);
            }
        };
    }

    /** Every JSON string bound to a {@code String} (fields of records, lists of strings). */
    static SimpleModule json() {
        return new SimpleModule("control-characters").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
                return strip(super.deserialize(parser, context));
            }
        });
    }

    private static final class Parameters extends HttpServletRequestWrapper {

        Parameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return strip(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> stripped = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> stripped.put(name,
                    Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new)));
            return Collections.unmodifiableMap(stripped);
        }
    }
}
