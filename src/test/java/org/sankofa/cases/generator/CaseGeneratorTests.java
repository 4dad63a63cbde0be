package org.sankofa.cases.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CodeList;
import org.sankofa.cases.Gender;
import org.sankofa.cases.HtcdsCode;
import org.sankofa.cases.ReferralSource;
import org.sankofa.cases.TraffickingStatus;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.internal.protection.NameSearchKeys;
import org.sankofa.cases.generator.CaseGenerator;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generator writes cases as the application does: numbers sequential per office and year with the counter in
 * step, HTCDS values, the child flag from the age derived from the date of birth, names only encrypted and findable
 * through the blind index, and the same people for the same seed.
 */
@SankofaTest
class CaseGeneratorTests {

    private static final int N = 600;

    @Autowired
    CaseGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FieldCipher cipher;

    @Autowired
    NameSearchKeys nameKeys;

    record Row(long id, String caseNumber, long officeId, String officeCode, LocalDate identifiedOn, String sex,
            int age, boolean ageEstimated, boolean child, String citizenship, String traffickingStatus,
            String referralSource, String status, LocalDate closedOn, String closureReason) {
    }

    private long maxId() {
        return jdbc.sql("select coalesce(max(id), 0) from case_file").query(Long.class).single();
    }

    private List<Row> casesAfter(long id) {
        return jdbc.sql("""
                select c.id, c.case_number, c.office_id, o.code as office_code, c.identified_on, c.sex,
                       c.age_at_identification as age, c.age_estimated, c.is_child as child, c.citizenship,
                       c.trafficking_status, c.referral_source, c.status, c.closed_on, c.closure_reason
                  from case_file c join office o on o.id = c.office_id
                 where c.id > ? order by c.id""").param(id).query(Row.class).list();
    }

    private static Set<String> values(CodeList list) {
        return list.codes().stream().map(HtcdsCode::value).collect(Collectors.toSet());
    }

    @Test
    void generatedCaseNumbersAreSequentialPerOfficeAndYearAndTheCounterIsKeptInStep() {
        long before = maxId();
        CaseGenerator.Result result = generator.generate(N, 11L, null);
        assertThat(result.cases()).isEqualTo(N);
        List<Row> rows = casesAfter(before);
        assertThat(rows).hasSize(N);

        Map<String, List<Integer>> sequences = new TreeMap<>();
        for (Row row : rows) {
            assertThat(row.caseNumber()).matches("[A-Z]{2}-[A-Z0-9]{2,10}-\\d{4}-\\d{5}");
            assertThat(row.caseNumber()).startsWith(row.officeCode() + "-" + row.identifiedOn().getYear() + "-");
            sequences.computeIfAbsent(row.officeId() + "|" + row.identifiedOn().getYear(), k -> new ArrayList<>())
                    .add(Integer.parseInt(row.caseNumber().substring(row.caseNumber().length() - 5)));
        }
        for (Map.Entry<String, List<Integer>> entry : sequences.entrySet()) {
            List<Integer> numbers = entry.getValue();
            for (int i = 1; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as("numbers of %s follow each other", entry.getKey())
                        .isEqualTo(numbers.get(i - 1) + 1);
            }
            String[] key = entry.getKey().split("\\|");
            int counter = jdbc.sql("select last_value from case_number_counter where office_id = ? and year = ?")
                    .params(Long.parseLong(key[0]), Integer.parseInt(key[1])).query(Integer.class).single();
            assertThat(counter).as("counter of %s", entry.getKey()).isEqualTo(numbers.get(numbers.size() - 1));
        }
        assertThat(rows.stream().map(Row::officeCode).distinct())
                .contains("SN-DKR", "CI-ABJ", "NG-ABV", "ML-BKO", "GN-CKY");
    }

    @Test
    void generatedCasesUseHtcdsValuesAndFlagChildrenFromTheAgeDerivedFromTheDateOfBirth() {
        long before = maxId();
        generator.generate(N, 12L, null);
        List<Row> rows = casesAfter(before);
        Map<Long, String> births = new TreeMap<>();
        jdbc.sql("select case_id, date_of_birth from case_person where case_id > ?").param(before).query()
                .listOfRows().forEach(r -> births.put(((Number) r.get("case_id")).longValue(),
                        (String) r.get("date_of_birth")));
        int estimated = 0;
        for (Row row : rows) {
            assertThat(values(CodeList.GENDER)).contains(row.sex());
            assertThat(values(CodeList.TRAFFICKING_STATUS)).contains(row.traffickingStatus());
            assertThat(values(CodeList.REFERRAL_SOURCE)).contains(row.referralSource());
            assertThat(values(CodeList.CASE_STATUS)).contains(row.status());
            assertThat(row.child()).isEqualTo(row.age() < 18);
            String dob = births.get(row.id());
            if (row.ageEstimated()) {
                assertThat(dob).isNull();
                estimated++;
            } else {
                LocalDate birth = LocalDate.parse(cipher.decrypt(dob, "case_person.date_of_birth"));
                assertThat(Period.between(birth, row.identifiedOn()).getYears()).isEqualTo(row.age());
            }
            assertThat(row.closedOn() != null).isEqualTo(row.status().startsWith("Closed"));
            if (row.closureReason() != null) {
                assertThat(values(CodeList.CLOSURE_REASON)).contains(row.closureReason());
            }
        }
        assertThat(estimated).isPositive().isLessThan(rows.size());
        assertThat(rows).anyMatch(Row::child).anyMatch(r -> !r.child());
        List<String> exploitation = jdbc.sql("select distinct unnest(exploitation_types) from case_file where id > ?")
                .param(before).query(String.class).list();
        assertThat(values(CodeList.TYPE_OF_EXPLOITATION)).containsAll(exploitation);
        assertThat(exploitation).contains(TypeOfExploitation.FORCED_BEGGING.value(),
                TypeOfExploitation.SEXUAL_EXPLOITATION.value());
        List<String> industries = jdbc.sql("select distinct forced_labour_industry from case_profile "
                + "where case_id > ? and forced_labour_industry is not null").param(before).query(String.class).list();
        assertThat(values(CodeList.FORCED_LABOUR_INDUSTRY)).containsAll(industries);
        assertThat(industries).contains("A_AgricultureForestryAndFishing", "T_ActivitiesOfHouseholdsAsEmployers",
                "B_MiningAndQuarrying");
        assertThat(values(CodeList.REFERRAL_SOURCE)).contains(ReferralSource.NGO_OUTREACH.value());
        assertThat(values(CodeList.TRAFFICKING_STATUS)).contains(TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING.value());
        assertThat(values(CodeList.GENDER)).contains(Gender.MASCULINE.value());
    }

    @Test
    void generatedNamesAreNeverStoredInClearDecryptAsObviouslySyntheticAndAreFoundThroughTheBlindIndex() {
        long before = maxId();
        generator.generate(200, 13L, null);
        List<Map<String, Object>> raw = jdbc.sql("select p.*, c.office_id from case_person p "
                + "join case_file c on c.id = p.case_id where p.case_id > ? order by p.case_id")
                .param(before).query().listOfRows();
        assertThat(raw).hasSize(200);
        Set<String> clearWords = new HashSet<>();
        for (Map<String, Object> row : raw) {
            String given = cipher.decrypt((String) row.get("given_names"), "case_person.given_names");
            String family = cipher.decrypt((String) row.get("family_name"), "case_person.family_name");
            assertThat(family).startsWith("Demo-");
            for (String column : List.of("given_names", "family_name", "aliases", "date_of_birth", "contact",
                    "address", "guardian_name", "guardian_contact")) {
                Object value = row.get(column);
                if (value != null) {
                    assertThat((String) value).as(column).startsWith("v1:");
                }
            }
            Stream.of((given + " " + family.substring("Demo-".length())).split("[ -]"))
                    .filter(w -> w.length() >= 6).forEach(clearWords::add);
        }
        String everything = jdbc.sql("select coalesce(string_agg(p::text, ' '), '') from case_person p "
                + "where p.case_id > ?").param(before).query(String.class).single()
                + jdbc.sql("select coalesce(string_agg(k::text, ' '), '') from case_name_key k where k.case_id > ?")
                        .param(before).query(String.class).single();
        // (words of six letters or more, compared case-sensitively, so that base64 cannot match them by chance)
        assertThat(clearWords).isNotEmpty();
        for (String word : clearWords) {
            assertThat(everything).as("no clear name word in the raw rows").doesNotContain(word);
        }

        // Find a generated person by given and family name (without the marker), through the digests only.
        Map<String, Object> someone = raw.get(raw.size() / 2);
        long caseId = ((Number) someone.get("case_id")).longValue();
        long officeId = ((Number) someone.get("office_id")).longValue();
        String query = cipher.decrypt((String) someone.get("given_names"), "case_person.given_names") + " "
                + cipher.decrypt((String) someone.get("family_name"), "case_person.family_name")
                        .substring("Demo-".length());
        List<Set<Long>> perWord = nameKeys.queryKeys(query);
        assertThat(perWord).isNotEmpty();
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Set<Long> word : perWord) {
            if (!sql.isEmpty()) {
                sql.append(" intersect ");
            }
            sql.append("select case_id from case_name_key where office_id = ? and name_key = any(?::bigint[])");
            params.add(officeId);
            params.add(NameSearchKeys.sqlArray(word));
        }
        List<Long> found = jdbc.sql(sql.toString()).params(params).query(Long.class).list();
        assertThat(found).contains(caseId);
    }

    @Test
    void theSameSeedGeneratesTheSamePeople() {
        long first = maxId();
        generator.generate(50, 99L, null);
        long second = maxId();
        generator.generate(50, 99L, null);
        assertThat(people(first, second)).isEqualTo(people(second, maxId()));
    }

    private List<String> people(long after, long upTo) {
        return jdbc.sql("""
                select c.identified_on, c.sex, c.age_at_identification, c.citizenship, c.identified_city,
                       p.given_names, p.family_name
                  from case_file c join case_person p on p.case_id = c.id
                 where c.id > ? and c.id <= ? order by c.id""").params(after, upTo).query((rs, n) ->
                rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4) + "|"
                        + cipher.decrypt(rs.getString(5), "case_file.identified_city") + "|"
                        + cipher.decrypt(rs.getString(6), "case_person.given_names") + " "
                        + cipher.decrypt(rs.getString(7), "case_person.family_name")).list();
    }
}
