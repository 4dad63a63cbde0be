package org.sankofa.plans.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** What the services of plans share to check texts and read columns. */
final class PlanFields {

    private PlanFields() {
    }

    /** Names {@code field} in {@code errors} when the text is required and blank, or longer than {@code max}. */
    static void text(Map<String, String> errors, String field, String value, boolean required, int max) {
        if (isBlank(value)) {
            if (required) {
                errors.put(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            errors.put(field, "validation.too.long");
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
