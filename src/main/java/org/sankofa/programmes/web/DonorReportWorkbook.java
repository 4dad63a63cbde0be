package org.sankofa.programmes.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sankofa.programmes.internal.DonorReport;
import org.springframework.stereotype.Component;

/**
 * A donor report as a workbook (POI), in the reader's language: a sheet of targets against achieved, a sheet of the
 * breakdowns (target, dimension, category, value), and the narrative. A suppressed cell is the text "fewer than n",
 * never its number.
 */
@Component
class DonorReportWorkbook {

    private final DonorReportWords words;

    DonorReportWorkbook(DonorReportWords words) {
        this.words = words;
    }

    byte[] write(DonorReport report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet targets = workbook.createSheet(safe(words.msg("programme.report.targets", locale)));
            int r = 0;
            text(targets.createRow(r++), 0, words.title(report, locale), bold);
            text(targets.createRow(r++), 0, words.msg("programme.report.aggregates", locale, report.threshold()),
                    null);
            r++;
            Row header = targets.createRow(r++);
            List<String> heads = List.of("programme.target.label", "programme.target.measure",
                    "programme.target.baseline", "programme.target.aimed", "programme.target.achieved");
            for (int i = 0; i < heads.size(); i++) {
                text(header, i, words.msg(heads.get(i), locale), bold);
            }
            for (DonorReport.Line line : report.lines()) {
                Row row = targets.createRow(r++);
                text(row, 0, line.label(), null);
                text(row, 1, words.measure(line, locale), null);
                decimal(row, 2, line.baseline());
                decimal(row, 3, line.aimed());
                if (!line.counted()) {
                    text(row, 4, words.msg("programme.target.notCounted", locale), null);
                } else {
                    cell(row, 4, line.achieved(), report, locale);
                }
            }
            for (int i = 0; i < heads.size(); i++) {
                targets.setColumnWidth(i, i == 0 ? 50 * 256 : 20 * 256);
            }

            Sheet parts = workbook.createSheet(safe(words.msg("programme.report.byCountry", locale) + ", "
                    + words.msg("programme.report.bySex", locale) + ", " + words.msg("programme.report.byAge", locale)));
            int p = 0;
            Row partHeader = parts.createRow(p++);
            text(partHeader, 0, words.msg("programme.target.label", locale), bold);
            text(partHeader, 1, "", bold);
            text(partHeader, 2, "", bold);
            text(partHeader, 3, words.msg("programme.target.achieved", locale), bold);
            for (DonorReport.Line line : report.lines()) {
                for (DonorReport.Part part : line.byCountry()) {
                    Row row = parts.createRow(p++);
                    text(row, 0, line.label(), null);
                    text(row, 1, words.msg("programme.report.byCountry", locale), null);
                    text(row, 2, words.country(part.category(), locale), null);
                    cell(row, 3, part.cell(), report, locale);
                }
                for (DonorReport.Part part : line.bySex()) {
                    Row row = parts.createRow(p++);
                    text(row, 0, line.label(), null);
                    text(row, 1, words.msg("programme.report.bySex", locale), null);
                    text(row, 2, words.sex(part.category(), locale), null);
                    cell(row, 3, part.cell(), report, locale);
                }
                for (DonorReport.Part part : line.byAgeBand()) {
                    Row row = parts.createRow(p++);
                    text(row, 0, line.label(), null);
                    text(row, 1, words.msg("programme.report.byAge", locale), null);
                    text(row, 2, part.category(), null);
                    cell(row, 3, part.cell(), report, locale);
                }
            }
            parts.setColumnWidth(0, 40 * 256);
            parts.setColumnWidth(1, 20 * 256);
            parts.setColumnWidth(2, 30 * 256);
            parts.setColumnWidth(3, 16 * 256);

            Sheet narrative = workbook.createSheet(safe(words.msg("programme.report.narrative", locale)));
            text(narrative.createRow(0), 0, report.narrative() == null
                    ? words.msg("programme.report.narrative.none", locale) : report.narrative(), null);
            narrative.setColumnWidth(0, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(Row row, int column, DonorReport.Cell cell, DonorReport report, Locale locale) {
        if (cell.suppressed()) {
            text(row, column, words.cell(cell, report.threshold(), locale), null);
        } else {
            row.createCell(column).setCellValue(cell.value());
        }
    }

    private static void decimal(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A sheet name: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    private static String safe(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
