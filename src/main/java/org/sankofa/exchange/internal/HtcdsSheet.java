package org.sankofa.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.sankofa.exchange.HtcdsColumn;

/**
 * Reads an HTCDS 2.0 file — the template as XLSX (its first sheet), or CSV with the same columns — into rows of cells
 * by column, or the problems that stop it: not a spreadsheet, a zip bomb (POI's {@link ZipSecureFile} limits), columns
 * missing or named twice, a formula in a cell, too many rows. The header is the template's: field names in the first
 * row (a blank field name is found by the label of the second row), then the labels row, which may be left out.
 * Rows with no value in any known column (the template numbers 1,000 empty rows) are skipped.
 */
final class HtcdsSheet {

    /** Cases one import may hold. */
    static final int MAX_ROWS = 10_000;
    /** The largest upload. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A row to import: where it is (as the spreadsheet numbers it) and its cells. */
    record Line(int row, Map<HtcdsColumn, String> cells) {
    }

    /** The rows, or the problems that stop the file. */
    record Read(String sheet, List<Line> lines, List<ImportProblem> problems) {
    }

    static {
        // a zip bomb: an entry that inflates more than 100 times, or beyond 100 MB, is refused by POI
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private HtcdsSheet() {
    }

    /** Whether the bytes are an XLSX file (a zip archive) rather than text. */
    static boolean zipped(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Whether the bytes are UTF-8 text without NUL characters (a CSV file can be). */
    static boolean text(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    static Read xlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            String name = sheet.getSheetName();
            List<List<String>> rows = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            if (sheet.getLastRowNum() > MAX_ROWS + 2) {
                problems.add(ImportProblem.ofFile("exchange.import.tooManyRows", MAX_ROWS));
                return new Read(name, List.of(), problems);
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cell(row.getCell(c), format, name, r, problems));
                    }
                }
                rows.add(cells);
            }
            if (!problems.isEmpty()) {
                return new Read(name, List.of(), problems);
            }
            return lines(name, rows);
        } catch (IOException | RuntimeException e) {
            // POI refuses a zip bomb (and any archive that is not a workbook) with an exception of its own
            boolean bomb = false;
            for (Throwable t = e; t != null && !bomb; t = t.getCause()) {
                bomb = String.valueOf(t.getMessage()).contains("Zip bomb");
            }
            return new Read("", List.of(), List.of(ImportProblem.ofFile(bomb ? "exchange.import.zipBomb"
                    : "exchange.import.notSpreadsheet")));
        }
    }

    private static String cell(Cell cell, DataFormatter format, String sheet, int r, List<ImportProblem> problems) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(ImportProblem.ofCell(sheet, r + 1, cell.getAddress().formatAsString(),
                    "=" + cell.getCellFormula(), "exchange.import.formula"));
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return format.formatCellValue(cell);
    }

    static Read csv(byte[] bytes) {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get()
                    .parse(reader)) {
                if (rows.size() > MAX_ROWS + 2) {
                    return new Read("CSV", List.of(),
                            List.of(ImportProblem.ofFile("exchange.import.tooManyRows", MAX_ROWS)));
                }
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            return new Read("CSV", List.of(), List.of(ImportProblem.ofFile("exchange.import.notSpreadsheet")));
        }
        if (!rows.isEmpty() && !rows.get(0).isEmpty()) {
            rows.get(0).set(0, rows.get(0).get(0).replace("\uFEFF", "")); // a byte order mark
        }
        return lines("CSV", rows);
    }

    /** The header's columns, then the rows with a value in any of them. */
    private static Read lines(String sheet, List<List<String>> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            return new Read(sheet, List.of(), List.of(ImportProblem.ofFile("exchange.import.noHeader")));
        }
        List<String> fields = rows.get(0);
        List<String> labels = rows.size() > 1 ? rows.get(1) : List.of();
        Map<Integer, HtcdsColumn> columns = new HashMap<>();
        Map<HtcdsColumn, Integer> seen = new EnumMap<>(HtcdsColumn.class);
        int width = Math.max(fields.size(), labels.size());
        for (int c = 0; c < width; c++) {
            String field = c < fields.size() ? fields.get(c) : "";
            String label = c < labels.size() ? labels.get(c) : "";
            var column = HtcdsColumn.named(field, field.isBlank() ? label : null);
            if (column.isEmpty()) {
                continue;
            }
            if (seen.putIfAbsent(column.get(), c) != null) {
                problems.add(ImportProblem.ofFile("exchange.import.duplicateColumn", column.get().reportName()));
            }
            columns.put(c, column.get());
        }
        for (HtcdsColumn column : HtcdsColumn.templateColumns()) {
            if (!seen.containsKey(column)) {
                problems.add(ImportProblem.ofFile("exchange.import.missingColumn", column.reportName()));
            }
        }
        if (!problems.isEmpty()) {
            return new Read(sheet, List.of(), problems);
        }
        boolean labelRow = columns.entrySet().stream().allMatch(e -> e.getKey() < labels.size()
                && labels.get(e.getKey()).strip().equalsIgnoreCase(e.getValue().label()));
        List<Line> lines = new ArrayList<>();
        for (int r = labelRow ? 2 : 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Map<HtcdsColumn, String> cells = new EnumMap<>(HtcdsColumn.class);
            columns.forEach((c, column) -> {
                if (c < row.size() && !row.get(c).isBlank()) {
                    cells.put(column, row.get(c));
                }
            });
            if (!cells.isEmpty()) {
                lines.add(new Line(r + 1, cells));
            }
        }
        if (lines.size() > MAX_ROWS) {
            return new Read(sheet, List.of(), List.of(ImportProblem.ofFile("exchange.import.tooManyRows", MAX_ROWS)));
        }
        if (lines.isEmpty()) {
            return new Read(sheet, List.of(), List.of(ImportProblem.ofFile("exchange.import.noRows")));
        }
        return new Read(sheet, lines, List.of());
    }
}
