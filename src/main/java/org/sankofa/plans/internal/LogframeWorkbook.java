package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * A plan's logframe as an XLSX workbook (docs/decisions/0008-logframe-workbook.md): the sheet "Logframe" holds the
 * structure, one row per strategic area, objective and activity in reading order with a LEVEL column; the sheet
 * "Indicators" one row per indicator, its baseline, and one column per target period (the header is the ISO period);
 * the sheet "Codes" lists the codes the cells use. Headers are in the reader's language, codes are not, so a workbook
 * exported in French imports in English: the import reads the sheets and columns by position.
 * <p>
 * Import is all or nothing and only into a plan with no strategic area and no indicator (never over existing
 * content): every row is checked first, and one wrong row rejects the whole workbook with a problem per cell
 * ({@link LogframeRejected}); otherwise everything is written in one transaction through the services of the tree
 * and of indicators (their rules and audit entries) and a {@code PLAN_LOGFRAME_IMPORTED} entry sums it up.
 * <p>
 * This class holds the layout (sheets, columns, codes) and the reading of cells that {@link LogframeExport},
 * {@link LogframeReader} and {@link LogframeImport} share.
 */
public final class LogframeWorkbook {


    /** The largest workbook accepted. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** The most rows read per sheet (header included). */
    public static final int MAX_ROWS = 2000;
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The largest amount or number a cell may hold (what the database columns hold). */

    // the Logframe sheet
    static final int LEVEL = 0, REF = 1, TITLE = 2, PILLAR = 3, DESCRIPTION = 4, LEAD = 5, LEAD_OTHER = 6,
            SUPPORTING = 7, SUPPORTING_OTHER = 8, PLANNED_START = 9, PLANNED_END = 10, ACTUAL_START = 11,
            ACTUAL_END = 12, STATUS = 13, BUDGET_PLANNED = 14, BUDGET_SECURED = 15, BUDGET_SPENT = 16, CURRENCY = 17,
            FUNDER = 18, FUNDER_OTHER = 19;
    static final List<String> STRUCTURE_HEADERS = List.of("level", "ref", "title", "pillar", "description",
            "lead", "leadOther", "supporting", "supportingOther", "plannedStart", "plannedEnd", "actualStart",
            "actualEnd", "status", "budgetPlanned", "budgetSecured", "budgetSpent", "currency", "funder",
            "funderOther");

    // the Indicators sheet; target periods from TARGETS on
    static final int CODE = 0, ATTACHED_TO = 1, DEFINITION = 2, MEASURE = 3, DIRECTION = 4, UNIT = 5, BASELINE = 6,
            BASELINE_TEXT = 7, BASELINE_PERIOD = 8, DISAGGREGATIONS = 9, SOURCE = 10, COMPUTED_KEY = 11,
            REFERENCES = 12, TARGETS = 13;
    static final List<String> INDICATOR_HEADERS = List.of("code", "attachedTo", "definition", "measure",
            "direction", "unit", "baseline", "baselineText", "baselinePeriod", "disaggregations", "source",
            "computedKey", "references");

    enum Level {
        AREA, OBJECTIVE, ACTIVITY
    }

    private LogframeWorkbook() {
    }


    /** Whether the bytes start as an XLSX file (a ZIP container) does. */
    public static boolean looksLikeXlsx(byte[] content) {
        return content != null && content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
                && content[3] == 4;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(Row row, int width) {
        if (row == null) {
            return true;
        }
        for (int c = 0; c < width; c++) {
            if (text(row, c) != null) {
                return false;
            }
        }
        return true;
    }

    static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** The cell's content as text (numbers without a trailing ".0"), or null when it is blank. */
    static String text(Row row, int column) {
        if (row == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    /** A number cell, or a text that is a number (a comma may stand for the decimal point); null otherwise. */
    static BigDecimal numeric(Cell cell) {
        CellType type = type(cell);
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        }
        if (type == CellType.STRING) {
            String text = cell.getStringCellValue().strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
            if (text.indexOf('.') < 0) {
                text = text.replace(',', '.');
            }
            try {
                return text.matches("^[+-]?\\d+(\\.\\d+)?$") ? new BigDecimal(text).stripTrailingZeros() : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
