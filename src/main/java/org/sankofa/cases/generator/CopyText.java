package org.sankofa.cases.generator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes), for one table of a
 * chunk. Arrays are written as array literals of plain code values (letters, digits, '_' and '-').
 */
final class CopyText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]+");

    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;

    CopyText row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    String text() {
        return text.toString();
    }

    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof LocalDate || value instanceof OffsetDateTime) {
            text.append(value);
        } else if (value instanceof Collection<?> list) {
            text.append('{');
            boolean first = true;
            for (Object element : list) {
                String s = element.toString();
                if (!PLAIN.matcher(s).matches()) {
                    throw new IllegalArgumentException("array element is not a plain code: " + s);
                }
                if (!first) {
                    text.append(',');
                }
                text.append(s);
                first = false;
            }
            text.append('}');
        } else {
            escape(value.toString());
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
