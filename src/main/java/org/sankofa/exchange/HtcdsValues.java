package org.sankofa.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.sankofa.cases.CodeList;
import org.sankofa.cases.HtcdsCode;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Country;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the values of HTCDS cells as people and spreadsheets write them. A picklist value is its HTCDS value name or
 * its English label (the template's validation lists write labels), in any letter case and spacing; a multi-select
 * cell holds values separated by semicolons (a label that holds one itself, such as "Water supply; sewerage…", is
 * recognised whole). A date is an Excel serial number, ISO {@code yyyy-mm-dd}, or day, month and four-digit year
 * separated by {@code /}, {@code -} or {@code .} — read as day/month, or as month/day only when the day is over 12;
 * a date that reads both ways (03/04/2020) is refused rather than guessed. A country is its ISO 3166-1 alpha-2 code
 * or its English name (the template's validation list writes names).
 */
@Component
public class HtcdsValues {

    /** A value that could not be read: the message key saying why. */
    public static final class Unreadable extends Exception {

        private final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2,4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.0+)?");

    private final Map<CodeList, Map<String, HtcdsCode>> codes = new EnumMap<>(CodeList.class);
    private final Map<String, String> countries = new HashMap<>();

    HtcdsValues(MessageSource messages, Countries countryList) {
        for (CodeList list : CodeList.values()) {
            Map<String, HtcdsCode> byKey = new HashMap<>();
            for (HtcdsCode code : list.codes()) {
                byKey.put(key(code.value()), code);
                byKey.putIfAbsent(key(messages.getMessage(code.messageKey(), null, code.value(), Locale.ENGLISH)),
                        code);
            }
            codes.put(list, byKey);
        }
        for (Country country : countryList.all(Locale.ENGLISH)) {
            countries.put(key(country.code()), country.code());
            countries.put(key(country.name()), country.code());
        }
    }

    /** The code of the list that the text names (value name or English label); blank text is null. */
    public HtcdsCode code(CodeList list, String text) throws Unreadable {
        if (blank(text)) {
            return null;
        }
        HtcdsCode code = codes.get(list).get(key(text));
        if (code == null) {
            throw new Unreadable("exchange.value.unknown");
        }
        return code;
    }

    /** The codes of a multi-select cell, each once, in the order written; blank text is none. */
    public List<HtcdsCode> codes(CodeList list, String text) throws Unreadable {
        List<HtcdsCode> found = new ArrayList<>();
        if (blank(text)) {
            return found;
        }
        String[] parts = text.split(";");
        int i = 0;
        while (i < parts.length) {
            if (parts[i].isBlank()) {
                i++;
                continue;
            }
            HtcdsCode code = null;
            int j = parts.length;
            // the longest run of parts that names a value: a label may hold a semicolon of its own
            while (code == null && j > i) {
                code = codes.get(list).get(key(String.join(";", List.of(parts).subList(i, j))));
                j--;
            }
            if (code == null) {
                throw new Unreadable("exchange.value.unknown");
            }
            if (!found.contains(code)) {
                found.add(code);
            }
            i = j + 1;
        }
        return found;
    }

    /** The ISO 3166-1 alpha-2 code of the country the text names (code or English name); blank text is null. */
    public String country(String text) throws Unreadable {
        if (blank(text)) {
            return null;
        }
        String code = countries.get(key(text));
        if (code == null) {
            throw new Unreadable("exchange.country.unknown");
        }
        return code;
    }

    /** The date the text writes (see the class); blank text is null. */
    public static LocalDate date(String text) throws Unreadable {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3));
            }
            if (SERIAL.matcher(t).matches()) {
                double serial = Double.parseDouble(t);
                if (serial < 1 || !DateUtil.isValidExcelDate(serial)) {
                    throw new Unreadable("exchange.date.format");
                }
                return DateUtil.getLocalDateTime(serial).toLocalDate();
            }
            Matcher numeric = NUMERIC.matcher(t);
            if (!numeric.matches()) {
                throw new Unreadable("exchange.date.format");
            }
            if (numeric.group(3).length() != 4) {
                throw new Unreadable("exchange.date.year");
            }
            int first = num(numeric, 1);
            int second = num(numeric, 2);
            int year = num(numeric, 3);
            if (first == second || first > 12) {
                return LocalDate.of(year, second, first);
            }
            if (second > 12) {
                return LocalDate.of(year, first, second);
            }
            throw new Unreadable("exchange.date.ambiguous");
        } catch (DateTimeException e) {
            throw new Unreadable("exchange.date.format");
        }
    }

    /** A whole number of at most three digits (an age); blank text is null. */
    public static Integer age(String text) throws Unreadable {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,3}(\\.0+)?")) {
            throw new Unreadable("exchange.number.format");
        }
        return Integer.valueOf(t.replaceAll("\\.0+$", ""));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Letters and digits only, in lower case: "Debt bondage ", "debt-bondage" and "DebtBondage" are one value. */
    static String key(String text) {
        StringBuilder key = new StringBuilder();
        text.strip().toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
