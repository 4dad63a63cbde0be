package org.sankofa.legal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sankofa.legal.HarmonisationMatrix;
import org.sankofa.legal.HarmonisationMatrix.Cell;
import org.sankofa.legal.HarmonisationMatrix.State;
import org.sankofa.legal.Instrument;
import org.springframework.context.MessageSource;

/**
 * The harmonisation matrix as an XLSX workbook, headers and cells in the reader's language: one row per member
 * country (name and ISO code), one column per instrument, then the national laws in force and whether one has
 * child-specific provisions. Cells that show a gap are shaded, and "no record" is written as such.
 */
final class MatrixWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MatrixWorkbook() {
    }

    static byte[] write(MatrixView view, MessageSource messages, Locale locale) {
        HarmonisationMatrix matrix = view.matrix();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(matrix.community());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Map<State, CellStyle> styles = new EnumMap<>(State.class);
            styles.put(State.BOUND, fill(workbook, IndexedColors.LIGHT_GREEN));
            styles.put(State.SIGNED, fill(workbook, IndexedColors.LIGHT_YELLOW));
            styles.put(State.MISSING, fill(workbook, IndexedColors.ROSE));
            styles.put(State.NO_RECORD, fill(workbook, IndexedColors.GREY_25_PERCENT));

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(msg(messages, locale, "legal.matrix.export.title", matrix.communityName(),
                    matrix.community(), matrix.date().toString()));
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(msg(messages, locale, "legal.matrix.no.record.note"));
            if (matrix.synthetic()) {
                sheet.createRow(2).createCell(0).setCellValue(msg(messages, locale, "legal.synthetic.note"));
                sheet.getRow(2).getCell(0).setCellStyle(bold);
            }

            Row header = sheet.createRow(3);
            int c = 0;
            header.createCell(c++).setCellValue(msg(messages, locale, "legal.country"));
            header.createCell(c++).setCellValue(msg(messages, locale, "legal.country.code"));
            for (Instrument instrument : matrix.instruments()) {
                header.createCell(c++).setCellValue(instrument.shortName());
            }
            header.createCell(c++).setCellValue(msg(messages, locale, "legal.matrix.laws"));
            header.createCell(c).setCellValue(msg(messages, locale, "legal.matrix.child"));
            header.forEach(cell -> cell.setCellStyle(bold));

            int r = 4;
            for (MatrixView.RowView row : view.rows()) {
                Row line = sheet.createRow(r++);
                c = 0;
                line.createCell(c++).setCellValue(row.name());
                line.createCell(c++).setCellValue(row.code());
                for (Cell cell : row.row().cells()) {
                    org.apache.poi.ss.usermodel.Cell target = line.createCell(c++);
                    target.setCellValue(cellText(cell, messages, locale));
                    target.setCellStyle(styles.get(cell.state()));
                }
                HarmonisationMatrix.Laws laws = row.row().laws();
                line.createCell(c++).setCellValue(laws.recorded()
                        ? laws.laws().stream().map(l -> l.title() + " (" + l.year() + ")")
                                .collect(Collectors.joining("; "))
                        : msg(messages, locale, "legal.matrix.law.none"));
                line.createCell(c).setCellValue(!laws.recorded() ? msg(messages, locale, "legal.matrix.no.record")
                        : msg(messages, locale, laws.childSpecific() ? "legal.yes" : "legal.no"));
            }
            for (int i = 0; i < 4 + matrix.instruments().size(); i++) {
                sheet.autoSizeColumn(i);
            }
            sheet.createFreezePane(2, 4);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a cell, the same words as the page, and the same mark on a synthetic one. */
    static String cellText(Cell cell, MessageSource messages, Locale locale) {
        String text = stateText(cell, messages, locale);
        return cell.synthetic() ? text + " — " + msg(messages, locale, "legal.synthetic.badge") : text;
    }

    private static String stateText(Cell cell, MessageSource messages, Locale locale) {
        return switch (cell.state()) {
            case BOUND -> msg(messages, locale, cell.consentKind().messageKey()) + " " + cell.consentOn();
            case SIGNED -> msg(messages, locale, "legal.matrix.signed.only", cell.signedOn().toString());
            case MISSING -> msg(messages, locale, "legal.matrix.missing");
            case NO_RECORD -> msg(messages, locale, "legal.matrix.no.record");
        };
    }

    private static CellStyle fill(XSSFWorkbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static String msg(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
