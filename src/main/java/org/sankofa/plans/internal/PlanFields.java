package org.sankofa.plans.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What the services of plans share to check texts and read columns, and the longest text each element of a plan's
 * logframe takes: the services (API and pages) and the logframe import check with these same limits, so that a plan
 * the API accepts exports a workbook the import accepts. Titles, indicator codes and definitions need not be unique
 * (elements are told apart by their place in the tree, not by their title).
 */
final class PlanFields {

    /** A strategic area's, an objective's or an activity's title. */
    static final int TITLE = 300;
    static final int AREA_DESCRIPTION = 2000;
    /** An activity's lead or funder named as a text. */
    static final int ORGANISATION_TEXT = 300;
    /** An activity's supporting organisations named as a text. */
    static final int SUPPORTING_TEXT = 500;
    static final int INDICATOR_CODE = 40;
    static final int DEFINITION = 1000;
    static final int UNIT = 60;
    static final int BASELINE_TEXT = 300;
    /** One reference of an indicator (a framework's code). */
    static final int REFERENCE = 60;
    static final int TARGET_TEXT = 300;

    private PlanFields() {
    }


    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
