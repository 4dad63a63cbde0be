package org.sankofa.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sankofa.exchange.HtcdsColumn;

/**
 * Writes cases into the HTCDS 2.0 template's layout: sheet {@code Sheet1}, the field names in row 1 and the labels in
 * row 2 exactly as the official template has them ({@link HtcdsColumn}: blank field name of column AJ included), one
 * case per row from row 3 with its number in column A, then Sankofa's own columns.
 *
 * <p>Streaming (POI's SXSSF: a window of rows in memory, the rest flushed to a temporary file), with the temporary
 * file encrypted under a key that lives only in memory ({@link SXSSFWorkbookWithCustomZipEntrySource}), so that no
 * victim's data is ever written in clear to disk. Every cell is text. A value that a spreadsheet would read as a
 * formula ({@code = + - @}, tab or carriage return first) is written with Excel's quote prefix: shown and saved as
 * text, never evaluated, and the value itself unchanged for an import.
 */
final class HtcdsWorkbook implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET = "Sheet1";

    private final SXSSFWorkbook workbook = new SXSSFWorkbookWithCustomZipEntrySource();
    private final SXSSFSheet sheet = workbook.createSheet(SHEET);
    private final CellStyle quoted = workbook.createCellStyle();
    private int rows = 0;

    HtcdsWorkbook() {
        quoted.setQuotePrefixed(true);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        Row fields = sheet.createRow(0);
        Row labels = sheet.createRow(1);
        for (HtcdsColumn column : HtcdsColumn.values()) {
            if (!column.field().isEmpty()) {
                fields.createCell(column.index()).setCellValue(column.field());
            }
            labels.createCell(column.index()).setCellValue(column.label());
            labels.getCell(column.index()).setCellStyle(header);
        }
        sheet.createFreezePane(0, 2);
    }

    /** Adds a case's row. */
    void add(Map<HtcdsColumn, String> cells) {
        rows++;
        Row row = sheet.createRow(rows + 1);
        row.createCell(0).setCellValue(rows);
        cells.forEach((column, value) -> {
            var cell = row.createCell(column.index());
            cell.setCellValue(value);
            if (formulaLike(value)) {
                cell.setCellStyle(quoted);
            }
        });
    }

    int rows() {
        return rows;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Whether a spreadsheet (or a CSV saved from it) could take the text for a formula. */
    static boolean formulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
