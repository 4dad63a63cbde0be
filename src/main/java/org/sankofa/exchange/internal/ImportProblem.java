package org.sankofa.exchange.internal;

import java.util.List;

/**
 * What stops an import: for a cell, its sheet, row (as the spreadsheet numbers it), column (field name) and value; for
 * the whole file, none of these. {@code messageKey} and {@code arguments} give the message in the reader's language.
 */
public record ImportProblem(String sheet, Integer row, String column, String value, String messageKey,
        List<Object> arguments) {

    static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(null, null, null, null, messageKey, List.of(arguments));
    }

    static ImportProblem ofCell(String sheet, int row, String column, String value, String messageKey) {
        return new ImportProblem(sheet, row, column, value, messageKey, List.of());
    }
}
