package org.sankofa.statistics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The population estimates that SDG 16.2.2's rates are divided by (V51, decision 0022): imported from a CSV file in
 * the layout of the UN World Population Prospects (columns {@code ISO2_code}, {@code Time}, {@code AgeGrpStart},
 * {@code AgeGrpSpan}, {@code PopMale} and {@code PopFemale}, in thousands; any other columns ignored), the source named
 * by the person who imports it. All or nothing: a file with a bad row stores nothing, and says which row; a file
 * replaces what was held for each country and year it has.
 */
@Service
public class Populations {

    /** The largest file read: a region's countries for a few decades by single age fit in well under it. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static final List<String> COLUMNS = List.of("ISO2_code", "Time", "AgeGrpStart", "AgeGrpSpan", "PopMale",
            "PopFemale");

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Countries countries;

    Populations(JdbcClient jdbc, AuditLog audit, Countries countries) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.countries = countries;
    }

    /**
     * What an import stored: the countries and years it replaced, its rows (a sex and an age group each), and the
     * lines it skipped for a code that is not an ISO 3166-1 country's (WPP's own codes for areas without one).
     */
    public record Imported(Set<String> countries, Set<Integer> years, int rows, int skipped) {
    }

    /** A country's estimates for a year as held: its women and men, in how many age groups, from which source. */
    public record Held(String country, int year, long feminine, long masculine, int groups, String source,
            String importedBy, Instant importedAt) {
    }

    /** A row of a file the import refuses: its line (the header is line 1), a message key and the value read. */
    public static class Rejected extends RuntimeException {

        private final long line;
        private final String messageKey;
        private final String value;

        Rejected(long line, String messageKey, String value) {
            super("population file refused at line " + line + ": " + messageKey);
            this.line = line;
            this.messageKey = messageKey;
            this.value = value;
        }

        public long line() {
            return line;
        }

        public String messageKey() {
            return messageKey;
        }

        public String value() {
            return value;
        }
    }

    private record Row(String country, int year, String sex, int ageFrom, Integer ageTo, long population) {
    }

    @Transactional
    public Imported importWpp(InputStream in, String source, CurrentUser user) {
        String named = source == null ? "" : source.strip();
        if (named.isEmpty()) {
            throw InvalidInputException.of("source", "statistics.population.source.required");
        }
        if (named.length() > 300) {
            throw InvalidInputException.of("source", "statistics.population.source.tooLong");
        }
        int[] skipped = {0};
        List<Row> rows = read(in, skipped);
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "statistics.population.file.empty");
        }
        Set<String> keys = new HashSet<>();
        Set<String> countryCodes = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        for (Row row : rows) {
            keys.add(row.country() + "|" + row.year());
            countryCodes.add(row.country());
            years.add(row.year());
        }
        List<String[]> replaced = keys.stream().map(key -> key.split("\\|")).toList();
        jdbc.sql("""
                delete from population_estimate p
                 using unnest(cast(:countries as char(2)[]), cast(:years as smallint[])) as k(country, year)
                 where p.country = k.country and p.year = k.year""")
                .param("countries", replaced.stream().map(k -> k[0]).toArray(String[]::new))
                .param("years", replaced.stream().map(k -> Integer.valueOf(k[1])).toArray(Integer[]::new))
                .update();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.sql("""
                    insert into population_estimate (country, year, sex, age_from, age_to, population, source,
                                                     imported_by)
                    select country, year, sex, age_from, age_to, population, :source, :by
                      from unnest(cast(:countries as char(2)[]), cast(:years as smallint[]),
                                  cast(:sexes as varchar[]), cast(:froms as smallint[]), cast(:tos as smallint[]),
                                  cast(:populations as bigint[]))
                           as r(country, year, sex, age_from, age_to, population)""")
                    .param("source", named).param("by", user.getUsername())
                    .param("countries", batch.stream().map(Row::country).toArray(String[]::new))
                    .param("years", batch.stream().map(Row::year).toArray(Integer[]::new))
                    .param("sexes", batch.stream().map(Row::sex).toArray(String[]::new))
                    .param("froms", batch.stream().map(Row::ageFrom).toArray(Integer[]::new))
                    .param("tos", batch.stream().map(Row::ageTo).toArray(Integer[]::new))
                    .param("populations", batch.stream().map(Row::population).toArray(Long[]::new))
                    .update();
        }
        audit.record(AuditEvent.of(user.getUsername(), "POPULATION_ESTIMATES_IMPORTED", "population", null,
                "countries=" + String.join(",", countryCodes) + " years=" + years.size() + " rows=" + rows.size()));
        return new Imported(countryCodes, years, rows.size(), skipped[0]);
    }

    /** What is held, by country and year. */
    public List<Held> held() {
        return jdbc.sql("""
                select country, year, sum(population) filter (where sex = 'Feminine') as feminine,
                       sum(population) filter (where sex = 'Masculine') as masculine,
                       count(*) / 2 as groups, min(source) as source, min(imported_by) as imported_by,
                       max(imported_at) as imported_at
                  from population_estimate group by country, year order by country, year desc""")
                .query((rs, n) -> new Held(rs.getString("country"), rs.getInt("year"), rs.getLong("feminine"),
                        rs.getLong("masculine"), rs.getInt("groups"), rs.getString("source"),
                        rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant()))
                .list();
    }

    @Transactional
    /** Deletes a country's estimates for a year; 404 when none are held (already deleted, or never imported). */
    public void delete(String country, int year, CurrentUser user) {
        int deleted = jdbc.sql("delete from population_estimate where country = ? and year = ?")
                .params(country, year).update();
        if (deleted == 0) {
            throw new NotFoundException("population estimates of " + country + " for " + year);
        }
        audit.record(AuditEvent.of(user.getUsername(), "POPULATION_ESTIMATES_DELETED", "population", null,
                "country=" + country + " year=" + year));
    }

    /**
     * The estimates of these countries in these years, by {@code country|year}: each sex's age groups as
     * {@code [age_from, age_to or -1, population]}.
     */
    Map<String, Map<String, List<long[]>>> groups(Collection<String> countryCodes, int fromYear, int toYear) {
        Map<String, Map<String, List<long[]>>> out = new HashMap<>();
        if (countryCodes.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select country, year, sex, age_from, coalesce(age_to, -1) as age_to, population
                  from population_estimate
                 where country = any(:countries) and year between :from and :to
                 order by country, year, sex, age_from""")
                .param("countries", countryCodes.toArray(String[]::new)).param("from", fromYear).param("to", toYear)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString("country") + "|" + rs.getInt("year"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString("sex"), k -> new ArrayList<>())
                            .add(new long[] {rs.getInt("age_from"), rs.getInt("age_to"), rs.getLong("population")});
                });
        return out;
    }

    private List<Row> read(InputStream in, int[] skipped) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(in), format)) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new Rejected(1, "statistics.population.file.column", column);
                }
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                String country = record.get("ISO2_code");
                if (country.isEmpty()) {
                    continue; // a region or a group of countries: WPP leaves their ISO codes empty
                }
                if (!countries.exists(country)) {
                    skipped[0]++;
                    continue;
                }
                int year = whole(record, "Time", line);
                if (year < 1950 || year > 2100) {
                    throw new Rejected(line, "statistics.population.file.year", record.get("Time"));
                }
                int ageFrom = whole(record, "AgeGrpStart", line);
                int span = whole(record, "AgeGrpSpan", line);
                if (ageFrom < 0 || ageFrom > 150 || span == 0 || span < -1 || ageFrom + span > 151) {
                    throw new Rejected(line, "statistics.population.file.age",
                            record.get("AgeGrpStart") + " / " + record.get("AgeGrpSpan"));
                }
                Integer ageTo = span == -1 ? null : ageFrom + span - 1;
                if (!seen.add(country + "|" + year + "|" + ageFrom)) {
                    throw new Rejected(line, "statistics.population.file.twice", country + " " + year + " " + ageFrom);
                }
                rows.add(new Row(country, year, "Feminine", ageFrom, ageTo, thousands(record, "PopFemale", line)));
                rows.add(new Row(country, year, "Masculine", ageFrom, ageTo, thousands(record, "PopMale", line)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new Rejected(0, "statistics.population.file.unreadable", "");
        }
        return rows;
    }

    private static int whole(CSVRecord record, String column, long line) {
        try {
            return Integer.parseInt(record.get(column));
        } catch (IllegalArgumentException e) {
            throw new Rejected(line, "statistics.population.file.number", column + " = " + value(record, column));
        }
    }

    /** A count in thousands, as WPP writes them ({@code 1234.567}), in persons. */
    private static long thousands(CSVRecord record, String column, long line) {
        try {
            BigDecimal value = new BigDecimal(record.get(column)).multiply(THOUSAND);
            if (value.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new Rejected(line, "statistics.population.file.number", column + " = " + value(record, column));
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    private static Reader withoutByteOrderMark(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
