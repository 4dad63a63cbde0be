package org.sankofa.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sankofa.directory.Countries;
import org.sankofa.identity.Colleague;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words instead of codes, for every template ({@code @labels}): the label of a code of a code list in the reader's
 * language, countries and languages by name, people by their display name, client addresses and audit details in
 * words; numbers and percentages in the reader's language and dates in the one convention of the pages. A code without a label is shown as the code itself, never as a missing-message marker; the tests that read
 * the stored codes back (DemoCodeLabelsTests, AuditLabelsTests) make sure every code has one.
 */
@Component("labels")
public class Labels {

    /** The message key prefix of the spoken languages (the directory's {@code SpokenLanguage}). */
    static final String LANGUAGE = "case.language";
    /** The message key prefix of audit actions. */
    static final String AUDIT_ACTION = "audit.action";

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1", "localhost");

    private final MessageSource messages;
    private final Countries countries;
    private final UserAccounts users;

    Labels(MessageSource messages, Countries countries, UserAccounts users) {
        this.messages = messages;
        this.countries = countries;
        this.users = users;
    }

    /** The label of a code of the list whose message keys start with {@code list}; the code when it has none. */
    public String code(String list, Object code) {
        if (code == null) {
            return null;
        }
        String value = String.valueOf(code);
        return messages.getMessage(list + "." + value, null, value, locale());
    }

    /** The labels of several codes of one list, separated by commas. */
    public String codes(String list, Collection<?> codes) {
        if (codes == null) {
            return null;
        }
        return String.join(", ", codes.stream().map(c -> code(list, c)).toList());
    }

    /** A spoken language (ISO 639 code) by its name in the reader's language. */
    public String language(String code) {
        return code(LANGUAGE, code);
    }

    /** Spoken languages by name, separated by commas. */
    public String languages(Collection<String> codes) {
        return codes(LANGUAGE, codes);
    }

    /** A country (ISO 3166-1 alpha-2) by its name in the reader's language. */
    public String country(String code) {
        return code == null ? null : countries.name(code, locale());
    }

    /** The display names of the people with these usernames (one query for a page), by username. */
    public Map<String, String> people(Collection<String> usernames) {
        List<String> known = usernames == null ? List.of()
                : usernames.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (!known.isEmpty()) {
            users.colleaguesByUsername(known).forEach((username, c) -> names.put(username, c.displayName()));
        }
        return names;
    }

    /** The display name of the person with this username; the username when no such person exists. */
    public String person(String username) {
        if (username == null) {
            return null;
        }
        Colleague colleague = users.colleaguesByUsername(List.of(username)).get(username);
        return colleague == null ? username : colleague.displayName();
    }

    /**
     * The display names of the accounts with these ids as written in a record (e.g. an audit entry's target; what is
     * not an id is left out), in one query for a page, by id as written.
     */
    public Map<String, String> accounts(Collection<String> ids) {
        List<Long> known = ids == null ? List.of() : ids.stream().filter(id -> id != null && id.matches("\\d{1,18}"))
                .map(Long::valueOf).distinct().toList();
        Map<String, String> names = new LinkedHashMap<>();
        if (!known.isEmpty()) {
            users.colleagues(known).forEach((id, c) -> names.put(String.valueOf(id), c.displayName()));
        }
        return names;
    }

    /** A client address: "this machine" for the loopback addresses, the address as written otherwise. */
    public String address(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return LOOPBACK.contains(address) ? messages.getMessage("labels.address.local", null, address, locale())
                : address;
    }

    /**
     * The details of an audit entry in words: {@code via=referral,fields=name} becomes "Seen through: a referral ·
     * Fields: name" — each key and each value by its label ({@code audit.detail.<key>}, {@code
     * audit.detail.<key>.<value>}), countries by name, anything without a label as written.
     */
    public String auditDetails(String details) {
        if (details == null || details.isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : detailPairs(details).entrySet()) {
            String key = entry.getKey();
            List<String> values = entry.getValue().stream().map(v -> detailValue(key, v)).toList();
            if (key.isEmpty()) {
                parts.add(String.join(", ", values));
            } else {
                String label = messages.getMessage("audit.detail." + key, null, key, locale());
                parts.add(values.isEmpty() ? label
                        : messages.getMessage("labels.pair", new Object[] { label, String.join(", ", values) },
                                locale()));
            }
        }
        return String.join(" · ", parts);
    }

    /** {@code a=1,2;b=x} as a=[1, 2], b=[x]; a value without a key follows the key before it. */
    public static Map<String, List<String>> detailPairs(String details) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        String key = "";
        for (String token : details.split("[,;]")) {
            String t = token.strip();
            if (t.isEmpty()) {
                continue;
            }
            int equals = t.indexOf('=');
            if (equals > 0 && t.substring(0, equals).matches("[A-Za-z_]+")) {
                key = t.substring(0, equals);
                String value = t.substring(equals + 1).strip();
                List<String> values = pairs.computeIfAbsent(key, k -> new ArrayList<>());
                if (!value.isEmpty()) {
                    values.add(value);
                }
            } else {
                pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        return pairs;
    }

    private String detailValue(String key, String value) {
        if (key.equals("country") && countries.exists(value)) {
            return country(value);
        }
        String fallback = key.equals("fields") ? words(value) : value;
        return messages.getMessage("audit.detail." + key + "." + value, null, fallback, locale());
    }

    /** A field's name as lower-case words ({@code visitedOn}, {@code visited_on} → {@code visited on}). */
    static String words(String identifier) {
        return identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** A number in the reader's language ({@code 1,234.5} / {@code 1 234,5}), at most two decimals. */
    public String number(Number number) {
        return number == null ? null : messages.getMessage("labels.number", new Object[] { number }, locale());
    }

    /** A percentage in the reader's language, one decimal at most: {@code 93.3 %} / {@code 93,3 %}. */
    public String percent(Number percent) {
        return percent == null ? null : messages.getMessage("labels.percent", new Object[] { percent }, locale());
    }

    /** A date as every page writes it (ISO 8601, docs/decisions/0012). */
    public String date(LocalDate date) {
        return Dates.iso(date);
    }

    /** A moment as every page writes it: {@code 2026-03-12 09:30 UTC}. */
    public String moment(Instant moment) {
        return Dates.utc(moment);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
