package org.sankofa.events.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sign-in sheet to fill in, in the reader's language: the header row the import reads ({@link SignInSheet}: name,
 * organisation, country, institution, sex, contact, named in English, French or Portuguese), then empty rows. The
 * XLSX offers the institutions and sexes as the import accepts them in a list on each row of those columns, and names
 * them on a second sheet with how to write a country; the CSV (UTF-8 with a byte order mark, a semicolon in French and
 * Portuguese as their spreadsheets expect) is the header row alone, the values being listed on the import form.
 */
@Component
public class SignInSheetTemplate {

    /** The columns in order, as message keys whose values {@link SignInSheet} reads back as headers. */
    static final List<String> HEADERS = List.of("event.sheet.name", "event.sheet.organisation", "event.sheet.country",
            "event.sheet.institution", "event.sheet.sex", "event.sheet.contact");
    /** Rows of the XLSX template that offer the lists (a sheet holds at most {@link SignInSheet#MAX_ROWS}). */
    static final int ROWS = SignInSheet.MAX_ROWS;

    private final MessageSource messages;

    SignInSheetTemplate(MessageSource messages) {
        this.messages = messages;
    }

    /** The header row as CSV. */
    public byte[] csv(Locale language) {
        char separator = language.getLanguage().equals("en") ? ',' : ';';
        String header = String.join(String.valueOf(separator),
                headers(language).stream().map(h -> csvCell(h, separator)).toList());
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The header row, the lists of institutions and sexes on each row, and a sheet naming the values. */
    public byte[] xlsx(Locale language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(msg("event.sheet.title", language)));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> names = headers(language);
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 0 || c == 1 ? 32 : c == 3 ? 30 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            List<String> institutions = institutions(language);
            List<String> sexes = sexes(language);
            for (int column : new int[] { 3, 4 }) {
                List<String> values = column == 3 ? institutions : sexes;
                DataValidation list = helper.createValidation(
                        helper.createExplicitListConstraint(values.toArray(String[]::new)),
                        new CellRangeAddressList(1, ROWS, column, column));
                list.setShowErrorBox(true);
                list.setErrorStyle(DataValidation.ErrorStyle.STOP);
                list.createErrorBox(names.get(column), msg(column == 3 ? "event.import.institution"
                        : "event.import.sex", language));
                sheet.addValidationData(list);
            }
            Sheet help = workbook.createSheet(sheetName(msg("event.sheet.values", language)));
            int r = 0;
            Row title = help.createRow(r++);
            title.createCell(0).setCellValue(names.get(3));
            title.getCell(0).setCellStyle(bold);
            for (String value : institutions) {
                help.createRow(r++).createCell(0).setCellValue(value);
            }
            r++;
            Row sexTitle = help.createRow(r++);
            sexTitle.createCell(0).setCellValue(names.get(4));
            sexTitle.getCell(0).setCellStyle(bold);
            for (String value : sexes) {
                help.createRow(r++).createCell(0).setCellValue(value);
            }
            r++;
            Row countryTitle = help.createRow(r++);
            countryTitle.createCell(0).setCellValue(names.get(2));
            countryTitle.getCell(0).setCellStyle(bold);
            help.createRow(r).createCell(0).setCellValue(msg("event.sheet.countryHint", language));
            help.setColumnWidth(0, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CSV cell that a spreadsheet shows as written: a text it would run as a formula ({@code =HYPERLINK(…)},
     * {@code @SUM(…)}, {@code +cmd|…}; {@link SignInSheet#formula}) is prefixed with an apostrophe, and a cell holding
     * the separator, a quote or a line break is quoted (RFC 4180). The XLSX needs no such care: its cells are written
     * as text, which a spreadsheet never runs.
     */
    public static String csvCell(String text, char separator) {
        String value = text == null ? "" : text;
        if (SignInSheet.formula(value.strip())) {
            value = "'" + value;
        }
        if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            value = '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** The column headers in the language. */
    public List<String> headers(Locale language) {
        return HEADERS.stream().map(key -> msg(key, language)).toList();
    }

    /** The institution types as the import reads them, in the language. */
    public List<String> institutions(Locale language) {
        return Arrays.stream(InstitutionType.values()).map(t -> msg(t.messageKey(), language)).toList();
    }

    /** The sexes as the import reads them, in the language. */
    public List<String> sexes(Locale language) {
        return Arrays.stream(ParticipantSex.values()).map(s -> msg(s.messageKey(), language)).toList();
    }

    /** A sheet's name: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    private String msg(String key, Locale language) {
        return messages.getMessage(key, null, key, language);
    }
}
