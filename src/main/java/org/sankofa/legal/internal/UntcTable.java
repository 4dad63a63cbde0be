package org.sankofa.legal.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sankofa.directory.Countries;
import org.sankofa.legal.ConsentKind;

/**
 * Reads the status table of a treaty as the UN Treaty Collection publishes it (treaties.un.org, Status of Treaties),
 * saved as CSV: a header row starting with {@code Participant}, then one row per participant: its name with the
 * footnote marks UNTC appends (e.g. {@code Netherlands (Kingdom of the)3}), the signature date, and the date of the
 * consent to be bound, each written like {@code 13 Dec 2000}, the latter followed by {@code a} (accession), {@code d}
 * (succession), {@code A} (acceptance) or {@code AA} (approval), nothing for a ratification. Commas, semicolons or
 * tabs separate the cells (the separator of the header is used), quoted cells may hold separators.
 * <p>
 * Every problem of every row is collected, by line number and column ({@code rows[7].consent}).
 */
final class UntcTable {

    /** A participant that is a regional organisation, not a state: its row is skipped, not refused. */
    static final List<String> NOT_STATES = List.of("european union", "european community");

    /** The names UNTC gives that the JDK's English country names do not match once normalised. */
    private static final Map<String, String> UN_NAMES = Map.ofEntries(
            Map.entry("bolivia plurinational state of", "BO"), Map.entry("cabo verde", "CV"),
            Map.entry("congo", "CG"), Map.entry("democratic republic of the congo", "CD"),
            Map.entry("cote d ivoire", "CI"), Map.entry("czech republic", "CZ"),
            Map.entry("democratic people s republic of korea", "KP"), Map.entry("republic of korea", "KR"),
            Map.entry("iran islamic republic of", "IR"), Map.entry("lao people s democratic republic", "LA"),
            Map.entry("micronesia federated states of", "FM"), Map.entry("republic of moldova", "MD"),
            Map.entry("russian federation", "RU"), Map.entry("syrian arab republic", "SY"),
            Map.entry("united kingdom of great britain and northern ireland", "GB"),
            Map.entry("united republic of tanzania", "TZ"), Map.entry("united states of america", "US"),
            Map.entry("venezuela bolivarian republic of", "VE"), Map.entry("viet nam", "VN"),
            Map.entry("state of palestine", "PS"), Map.entry("turkiye", "TR"), Map.entry("turkey", "TR"),
            Map.entry("north macedonia", "MK"), Map.entry("the former yugoslav republic of macedonia", "MK"),
            Map.entry("eswatini", "SZ"), Map.entry("swaziland", "SZ"), Map.entry("holy see", "VA"),
            Map.entry("brunei darussalam", "BN"), Map.entry("myanmar", "MM"),
            Map.entry("netherlands kingdom of the", "NL"), Map.entry("timor leste", "TL"),
            Map.entry("gambia", "GM"), Map.entry("bahamas", "BS"), Map.entry("guinea bissau", "GW"),
            Map.entry("sao tome and principe", "ST"), Map.entry("saint kitts and nevis", "KN"),
            Map.entry("saint vincent and the grenadines", "VC"), Map.entry("libya", "LY"),
            Map.entry("kyrgyzstan", "KG"));

    /** "13 Dec 2000", then an optional kind mark, then optional footnote marks (digits). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{4})(?:\\s*(AA|A|a|d))?(?:\\s+[\\d,\\s]+)?");
    /** Footnote marks at the end of a participant's name: digits, commas, superscript digits, asterisks. */
    private static final Pattern FOOTNOTES = Pattern.compile("[\\s\\d,*\u00b9\u00b2\u00b3\u2070-\u2079]+$");

    /** One row read: the line number in the file, the name as written, its code (null: not a state). */
    record Row(int line, String participant, String country, LocalDate signedOn, ConsentKind consentKind,
            LocalDate consentOn) {
    }

    /**
     * The rows that could be read, and every problem found (column to message key): the rows are checked by the
     * rules of a status too, so that one answer lists every problem; nothing is written while there is one.
     */
    record Reading(List<Row> rows, Map<String, String> errors) {
    }

    private final Map<String, String> names = new LinkedHashMap<>();

    UntcTable(Countries countries) {
        for (String code : countries.codes()) {
            names.put(normalise(countries.name(code, Locale.ENGLISH)), code);
        }
        names.putAll(UN_NAMES);
    }

    Reading read(String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        String content = text == null ? "" : text.replace("\uFEFF", "");
        List<String> lines = content.lines().toList();
        int header = 0;
        while (header < lines.size() && lines.get(header).isBlank()) {
            header++;
        }
        if (header == lines.size()) {
            errors.put("csv", "legal.import.empty");
            return new Reading(List.of(), errors);
        }
        char separator = separator(lines.get(header));
        List<String> headings = cells(lines.get(header), separator);
        if (headings.size() < 3 || !clean(headings.get(0)).toLowerCase(Locale.ROOT).startsWith("participant")) {
            errors.put("csv", "legal.import.header");
            return new Reading(List.of(), errors);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = header + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int line = i + 1;
            String at = "rows[" + line + "].";
            List<String> cells = cells(lines.get(i), separator);
            if (cells.size() < 3 || cells.size() > 3 && cells.subList(3, cells.size()).stream()
                    .anyMatch(c -> !clean(c).isEmpty())) {
                errors.put(at + "columns", "legal.import.columns");
                continue;
            }
            int problems = errors.size();
            String participant = FOOTNOTES.matcher(clean(cells.get(0))).replaceAll("").strip();
            String name = normalise(participant);
            if (NOT_STATES.contains(name)) {
                rows.add(new Row(line, participant, null, null, null, null));
                continue;
            }
            String country = names.get(name);
            if (participant.isEmpty()) {
                errors.put(at + "participant", "legal.import.participant.required");
            } else if (country == null) {
                errors.put(at + "participant", "legal.import.participant.unknown");
            } else if (!seen.add(country)) {
                errors.put(at + "participant", "legal.import.participant.twice");
            }
            Dated signature = date(clean(cells.get(1)));
            Dated consent = date(clean(cells.get(2)));
            if (signature == null) {
                errors.put(at + "signature", "legal.import.date.invalid");
            } else if (signature.kind() != null) {
                errors.put(at + "signature", "legal.import.signature.kind");
            }
            if (consent == null) {
                errors.put(at + "consent", "legal.import.date.invalid");
            }
            if (signature != null && consent != null && signature.date() == null && consent.date() == null) {
                errors.put(at + "consent", "legal.import.row.empty");
            }
            if (errors.size() == problems) {
                rows.add(new Row(line, participant, country, signature.date(),
                        consent.date() == null ? null : consent.kind() == null ? ConsentKind.RATIFICATION
                                : consent.kind(),
                        consent.date()));
            }
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.put("csv", "legal.import.empty");
        }
        return new Reading(rows, errors);
    }

    /** A date read from a cell: date null for an empty cell; the whole thing null when the cell cannot be read. */
    record Dated(LocalDate date, ConsentKind kind) {
    }

    static Dated date(String cell) {
        if (cell.isEmpty()) {
            return new Dated(null, null);
        }
        Matcher m = DATE.matcher(cell);
        if (!m.matches()) {
            return null;
        }
        Month month = month(m.group(2));
        if (month == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
        ConsentKind kind = m.group(4) == null ? null : switch (m.group(4)) {
            case "a" -> ConsentKind.ACCESSION;
            case "d" -> ConsentKind.SUCCESSION;
            case "A" -> ConsentKind.ACCEPTANCE;
            default -> ConsentKind.APPROVAL;
        };
        return new Dated(date, kind);
    }

    private static Month month(String abbreviation) {
        String a = abbreviation.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(a)) {
                return month;
            }
        }
        return null;
    }

    /** Lower case, no accents, ampersands as and, St. as Saint, punctuation as spaces, one space between words. */
    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\bst\\.", "saint ");
        return s.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** A cell without its surrounding spaces and non-breaking spaces. */
    private static String clean(String cell) {
        return cell.replace('\u00a0', ' ').strip();
    }

    private static char separator(String header) {
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        boolean semicolons = header.indexOf(';') >= 0;
        return semicolons && !header.strip().toLowerCase(Locale.ROOT).startsWith("participant,") ? ';' : ',';
    }

    /** The cells of one line: separators inside double quotes are text; a doubled quote inside them is one quote. */
    static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
