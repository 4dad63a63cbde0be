package org.sankofa.events.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;

/**
 * A sign-in sheet, CSV (comma or semicolon, UTF-8) or XLSX (its first sheet): a header row naming the columns in
 * English, French or Portuguese (name, organisation, country, institution, sex, contact — name, institution and sex
 * required) and a participant per row. Reading checks every row and either returns them all or throws
 * {@link Rejected} with every problem (row, column, message key): a sheet is imported whole or not at all. A cell that
 * a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code @SUM(…)}, {@code +cmd|…}) is refused, never
 * stored.
 */
public final class SignInSheet {

    /** The largest sheet read. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The most participants a sheet may hold. */
    public static final int MAX_ROWS = 2000;

    /** One problem of a sheet: its row (1 is the header), the column's header and the message key. */
    public record Problem(int row, String column, String messageKey) {
    }

    /** The sheet was not imported: every problem found. */
    public static final class Rejected extends RuntimeException {

        private final transient List<Problem> problems;

        Rejected(List<Problem> problems) {
            super(null, null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** A row read: the participant, and the row it came from. */
    record Line(int row, ParticipantDraft participant) {
    }

    private enum Column { NAME, ORGANISATION, COUNTRY, INSTITUTION, SEX, CONTACT }

    private static final Map<String, Column> HEADERS = new LinkedHashMap<>();

    static {
        for (String h : List.of("name", "nom", "nome", "full name", "nom complet", "nome completo")) {
            HEADERS.put(h, Column.NAME);
        }
        for (String h : List.of("organisation", "organization", "organizacao")) {
            HEADERS.put(h, Column.ORGANISATION);
        }
        for (String h : List.of("country", "pays", "pais")) {
            HEADERS.put(h, Column.COUNTRY);
        }
        for (String h : List.of("institution", "institution type", "type d institution", "instituicao",
                "tipo de instituicao", "function", "fonction", "funcao")) {
            HEADERS.put(h, Column.INSTITUTION);
        }
        for (String h : List.of("sex", "sexe", "sexo")) {
            HEADERS.put(h, Column.SEX);
        }
        for (String h : List.of("contact", "contacto", "contato", "email", "e-mail", "phone", "telephone")) {
            HEADERS.put(h, Column.CONTACT);
        }
    }

    private SignInSheet() {
    }

    /** The refusal of a file larger than {@link #MAX_BYTES}, before it is read. */
    public static Rejected tooLarge() {
        return new Rejected(List.of(new Problem(0, "", "event.import.tooLarge")));
    }

    /** Reads the sheet: every row, or {@link Rejected} with every problem. */
    static List<Line> read(byte[] content, Map<String, InstitutionType> institutions,
            Map<String, ParticipantSex> sexes, java.util.function.Predicate<String> countryExists) {
        if (content == null || content.length == 0) {
            throw new Rejected(List.of(new Problem(0, "", "event.import.empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new Rejected(List.of(new Problem(0, "", "event.import.tooLarge")));
        }
        List<List<String>> cells = isXlsx(content) ? xlsx(content) : csv(content);
        while (!cells.isEmpty() && cells.get(cells.size() - 1).stream().allMatch(String::isBlank)) {
            cells.remove(cells.size() - 1);
        }
        if (cells.isEmpty()) {
            throw new Rejected(List.of(new Problem(0, "", "event.import.empty")));
        }
        List<String> header = cells.get(0);
        Map<Column, Integer> where = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column column = HEADERS.get(key(header.get(i)));
            if (column != null) {
                where.putIfAbsent(column, i);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Column required : List.of(Column.NAME, Column.INSTITUTION, Column.SEX)) {
            if (!where.containsKey(required)) {
                problems.add(new Problem(1, required.name().toLowerCase(Locale.ROOT), "event.import.missingColumn"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        if (cells.size() - 1 > MAX_ROWS) {
            throw new Rejected(List.of(new Problem(0, "", "event.import.tooManyRows")));
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = r + 1;
            Map<Column, String> value = new LinkedHashMap<>();
            for (Map.Entry<Column, Integer> c : where.entrySet()) {
                String text = c.getValue() < row.size() ? row.get(c.getValue()).strip() : "";
                if (formula(text)) {
                    problems.add(new Problem(number, header.get(c.getValue()), "event.import.formula"));
                    text = "";
                } else if (text.chars().anyMatch(ch -> Character.isISOControl(ch))) {
                    problems.add(new Problem(number, header.get(c.getValue()), "event.import.control"));
                    text = "";
                }
                value.put(c.getKey(), text);
            }
            String name = value.get(Column.NAME);
            if (name.isBlank()) {
                problems.add(new Problem(number, header.get(where.get(Column.NAME)), "validation.required"));
            } else if (name.length() > Participants.NAME) {
                problems.add(new Problem(number, header.get(where.get(Column.NAME)), "validation.too.long"));
            }
            InstitutionType institution = institutions.get(key(value.get(Column.INSTITUTION)));
            if (institution == null) {
                problems.add(new Problem(number, header.get(where.get(Column.INSTITUTION)),
                        "event.import.institution"));
            }
            ParticipantSex sex = sexes.get(key(value.get(Column.SEX)));
            if (sex == null) {
                problems.add(new Problem(number, header.get(where.get(Column.SEX)), "event.import.sex"));
            }
            String country = value.getOrDefault(Column.COUNTRY, "").toUpperCase(Locale.ROOT);
            if (!country.isBlank() && !countryExists.test(country)) {
                problems.add(new Problem(number, header.get(where.get(Column.COUNTRY)), "event.import.country"));
            }
            for (Column text : List.of(Column.ORGANISATION, Column.CONTACT)) {
                if (value.getOrDefault(text, "").length() > Participants.CONTACT) {
                    problems.add(new Problem(number, header.get(where.get(text)), "validation.too.long"));
                }
            }
            lines.add(new Line(number, new ParticipantDraft(name, value.get(Column.ORGANISATION),
                    country.isBlank() ? null : country, institution, sex, value.get(Column.CONTACT))));
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        if (lines.isEmpty()) {
            throw new Rejected(List.of(new Problem(0, "", "event.import.empty")));
        }
        return lines;
    }

    /**
     * Whether a spreadsheet would run the cell as a formula: it starts with {@code =} or {@code @}, or with
     * {@code +} or {@code -} followed by anything but a telephone number's digits, spaces and punctuation.
     */
    static boolean formula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        return (first == '+' || first == '-') && !text.substring(1).matches("[0-9 ().\\-/]*");
    }

    /** A header or a value compared without case, accents, punctuation or extra spaces. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@.\\-]+", " ").strip();
    }

    /**
     * The same person spelt differently: the words of the name without case, accents or punctuation, in any order
     * ({@code Aïssata DIALLO} and {@code Diallo, Aissata}).
     */
    static String person(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return String.join(" ", new TreeSet<>(Arrays.asList(plain.split("[^a-z0-9]+"))).stream()
                .filter(w -> !w.isEmpty()).toList());
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS + 1);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(row.getLastCellNum(), 50); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            values.add("");
                        } else if (cell.getCellType() == CellType.FORMULA) {
                            values.add("=" + cell.getCellFormula());
                        } else {
                            values.add(format.formatCellValue(cell));
                        }
                    }
                }
                rows.add(values);
            }
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new Rejected(List.of(new Problem(0, "", "event.import.tooManyRows")));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Rejected rejected) {
                throw rejected;
            }
            throw new Rejected(List.of(new Problem(0, "", "event.import.unreadable")));
        }
    }

    /** RFC 4180 CSV with a comma or a semicolon (the one the header uses most), UTF-8 with or without a BOM. */
    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new Rejected(List.of(new Problem(0, "", "event.import.unreadable")));
        }
        int firstLine = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String head = text.substring(0, firstLine);
        char separator = head.chars().filter(c -> c == ';').count() > head.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS + 1) {
                    throw new Rejected(List.of(new Problem(0, "", "event.import.tooManyRows")));
                }
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
