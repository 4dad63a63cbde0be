package org.sankofa.plans.internal;

import java.util.List;

/**
 * What is wrong with one cell (or row) of an imported logframe workbook: the sheet's name as the person sees it, the
 * row number as a spreadsheet shows it (1 is the header row), the column letter and header, and a message key with
 * its arguments (translated by whoever shows the report).
 */
public record LogframeProblem(String sheet, int row, String column, String header, String messageKey,
        List<Object> arguments) {

    public LogframeProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
