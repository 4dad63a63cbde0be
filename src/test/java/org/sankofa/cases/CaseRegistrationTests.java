package org.sankofa.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.cases.CaseTestSupport.api;
import static org.sankofa.cases.CaseTestSupport.childCase;
import static org.sankofa.cases.CaseTestSupport.count;
import static org.sankofa.cases.CaseTestSupport.id;
import static org.sankofa.cases.CaseTestSupport.json;
import static org.sankofa.cases.CaseTestSupport.uniqueName;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registering and reading a case through the API: round trip, case numbers, encryption at rest, audit, bad input. */
@SankofaTest
class CaseRegistrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long register(String username, Map<String, Object> body) throws Exception {
        String created = mvc.perform(api(mvc, username, post("/api/v1/cases")).content(json(body)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/cases/\\d+")))
                .andReturn().getResponse().getContentAsString();
        return id(created);
    }

    @Test
    void aRegisteredCaseReadsBackDecryptedWithEverySection() throws Exception {
        String given = uniqueName();
        String family = uniqueName();
        long id = register("caseworker.dakar", childCase(given, family));

        mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(org.hamcrest.Matchers.startsWith("SN-DKR-")))
                .andExpect(jsonPath("$.officeCode").value("SN-DKR"))
                .andExpect(jsonPath("$.status").value("Active"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.identification.country").value("SN"))
                .andExpect(jsonPath("$.identification.identifyingOfficeCode").value("SN-DKR"))
                .andExpect(jsonPath("$.identification.referralSource").value("NgoOutreach"))
                .andExpect(jsonPath("$.identification.statusDecidedBy").value("NGO"))
                .andExpect(jsonPath("$.person.givenNames").value(given))
                .andExpect(jsonPath("$.person.familyName").value(family))
                .andExpect(jsonPath("$.person.ageAtIdentification").value(11))
                .andExpect(jsonPath("$.person.ageEstimated").value(true))
                .andExpect(jsonPath("$.person.child").value(true))
                .andExpect(jsonPath("$.person.languages[1]").value("ff"))
                .andExpect(jsonPath("$.person.guardianName").value("Mariama " + family))
                .andExpect(jsonPath("$.person.guardianRelation").value("MOTHER"))
                .andExpect(jsonPath("$.profile.exploitationTypes[0]").value("ForcedBegging"))
                .andExpect(jsonPath("$.profile.controlMethods[0]").value("PhysicalThreats"))
                .andExpect(jsonPath("$.profile.recruitmentPlace").value("Labé"))
                .andExpect(jsonPath("$.profile.narrative").value(org.hamcrest.Matchers.containsString(given)))
                .andExpect(jsonPath("$.route[0].country").value("GN"))
                .andExpect(jsonPath("$.route[0].role").value("ORIGIN"))
                .andExpect(jsonPath("$.route[1].role").value("DESTINATION"));
    }

    @Test
    void anAdultWithADateOfBirthHasTheAgeDerivedAndNeedsNoGuardian() throws Exception {
        Map<String, Object> body = childCase(uniqueName(), uniqueName());
        body.put("estimatedAge", null);
        body.put("dateOfBirth", LocalDate.now().minusYears(30).toString());
        body.put("guardianName", null);
        body.put("guardianRelation", null);
        body.put("guardianContact", null);
        long id = register("supervisor.dakar", body);
        mvc.perform(api(mvc, "supervisor.dakar", get("/api/v1/cases/" + id)))
                .andExpect(jsonPath("$.person.ageAtIdentification").value(29))
                .andExpect(jsonPath("$.person.ageEstimated").value(false))
                .andExpect(jsonPath("$.person.child").value(false))
                .andExpect(jsonPath("$.person.dateOfBirth").value(LocalDate.now().minusYears(30).toString()));
        assertThat(jdbc.sql("select is_child from case_file where id = ?").param(id).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void caseNumbersAreReadableSequentialPerOfficeAndYearAndCarryNoName() throws Exception {
        int year = 2000 + (int) (System.nanoTime() % 20);
        String given = uniqueName();
        String family = uniqueName();
        Map<String, Object> body = childCase(given, family);
        body.put("identifiedOn", year + "-03-01");
        body.put("route", List.of());
        String first = number(register("caseworker.dakar", body));
        String second = number(register("caseworker.dakar", body));
        String conakry = number(register("caseworker.conakry", body));

        assertThat(first).matches("SN-DKR-" + year + "-\\d{5}");
        assertThat(Integer.parseInt(second.substring(second.length() - 5)))
                .isEqualTo(Integer.parseInt(first.substring(first.length() - 5)) + 1);
        assertThat(conakry).matches("GN-CKY-" + year + "-\\d{5}");
        for (String number : List.of(first, second, conakry)) {
            assertThat(number.toLowerCase()).doesNotContain(given.toLowerCase()).doesNotContain(family.toLowerCase());
        }
    }

    private String number(long id) {
        return jdbc.sql("select case_number from case_file where id = ?").param(id).query(String.class).single();
    }

    @Test
    void theRawTablesHoldNoPlaintextNameContactOrNarrative() throws Exception {
        String given = uniqueName();
        String family = uniqueName();
        Map<String, Object> body = childCase(given, family);
        body.put("aliases", "Petit " + given);
        long id = register("caseworker.dakar", body);

        List<String> raw = new java.util.ArrayList<>();
        for (String table : List.of("case_person", "case_profile", "case_name_key", "case_file", "case_route_leg")) {
            String key = table.equals("case_file") ? "id" : "case_id";
            raw.addAll(jdbc.sql("select t::text from " + table + " t where " + key + " = ?").param(id)
                    .query(String.class).list());
        }
        assertThat(raw).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from case_name_key where case_id = ?").param(id).query(Long.class)
                .single()).isPositive();
        String all = String.join("\n", raw).toLowerCase();
        assertThat(all).doesNotContain(given.toLowerCase()).doesNotContain(family.toLowerCase())
                .doesNotContain("+221 77").doesNotContain("medina").doesNotContain("koranic");
        String person = jdbc.sql("select given_names from case_person where case_id = ?").param(id)
                .query(String.class).single();
        assertThat(person).startsWith("v1:");
    }

    @Test
    void createViewAndUpdateAreAuditedWithFieldNamesOnlyAndSavesAreNotViews() throws Exception {
        String given = uniqueName();
        long id = register("caseworker.dakar", childCase(given, uniqueName()));
        mvc.perform(api(mvc, "supervisor.dakar", get("/api/v1/cases/" + id))).andExpect(status().isOk());
        Map<String, Object> change = childCase(given + "a", uniqueName());
        change.put("version", 0);
        change.put("sex", "Masculine");
        mvc.perform(api(mvc, "caseworker.dakar", put("/api/v1/cases/" + id)).content(json(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.person.givenNames").value(given + "a"));

        List<Map<String, Object>> entries = jdbc.sql("""
                select action, actor, details from audit_entry where target_type = 'case' and target_id = ?
                 order by id""").param(String.valueOf(id)).query().listOfRows();
        // registering and saving answer what the case worker wrote: not views; the supervisor's read is one
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("CASE_CREATED", "CASE_VIEWED",
                "CASE_UPDATED");
        Map<String, Object> updated = entries.stream().filter(e -> e.get("action").equals("CASE_UPDATED"))
                .findFirst().orElseThrow();
        assertThat(updated.get("actor")).isEqualTo("caseworker.dakar");
        assertThat((String) updated.get("details")).startsWith("fields=").contains("givenNames")
                .contains("familyName").contains("narrative").doesNotContain("sex");
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.get("details")).toLowerCase())
                .doesNotContain(given.toLowerCase()));
        assertThat(entries.stream().filter(e -> e.get("action").equals("CASE_VIEWED")).map(e -> e.get("actor")))
                .containsExactly("supervisor.dakar");
    }

    static Stream<Arguments> unprocessable() {
        return Stream.of(
                bad("sex", b -> b.put("sex", "Robot")),
                bad("referralSource", b -> b.put("referralSource", "Telepathy")),
                bad("exploitationTypes", b -> b.put("exploitationTypes", List.of("ForcedBegging", "Nonsense"))),
                bad("identifiedOn", b -> b.put("identifiedOn", LocalDate.now().plusDays(3).toString())),
                bad("dateOfBirth", b -> {
                    b.put("estimatedAge", null);
                    b.put("dateOfBirth", LocalDate.now().plusDays(1).toString());
                }),
                bad("identifiedCountry", b -> b.put("identifiedCountry", "XX")),
                bad("givenNames", b -> b.put("givenNames", "<script>alert(1)</script>")),
                bad("givenNames", b -> b.put("givenNames", " ")),
                bad("guardianName", b -> b.put("guardianName", null)),
                bad("guardianRelation", b -> b.put("guardianRelation", "UNCLE_BOB")),
                bad("estimatedAge", b -> b.put("estimatedAge", 300)),
                bad("estimatedAge", b -> b.put("estimatedAge", null)),
                bad("narrative", b -> b.put("narrative", "<img src=x onerror=alert(1)>")),
                bad("route[0].role", b -> b.put("route", List.of(Map.of("country", "GN", "role", "SOMEWHERE")))),
                bad("route[0].country", b -> b.put("route", List.of(Map.of("country", "ZZ", "role", "ORIGIN")))));
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unprocessable")
    void invalidValuesAreRefusedWith422ForTheFieldAndNothingIsStored(String field,
            Consumer<Map<String, Object>> change) throws Exception {
        Map<String, Object> body = new HashMap<>(childCase(uniqueName(), uniqueName()));
        change.accept(body);
        long cases = count(jdbc, "case_file");
        long people = count(jdbc, "case_person");
        long keys = count(jdbc, "case_name_key");
        mvc.perform(api(mvc, "caseworker.dakar", post("/api/v1/cases")).content(json(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors['" + field + "']").isNotEmpty());
        assertThat(count(jdbc, "case_file")).isEqualTo(cases);
        assertThat(count(jdbc, "case_person")).isEqualTo(people);
        assertThat(count(jdbc, "case_name_key")).isEqualTo(keys);
    }

    @Test
    void malformedDatesAndNumbersAreRefusedWith400AndNothingIsStored() throws Exception {
        long cases = count(jdbc, "case_file");
        for (String[] malformed : new String[][] {{"identifiedOn", "2026-02-31"}, {"identifiedOn", "yesterday"},
                {"estimatedAge", "eleven"}}) {
            Map<String, Object> body = new HashMap<>(childCase(uniqueName(), uniqueName()));
            body.put(malformed[0], malformed[1]);
            mvc.perform(api(mvc, "caseworker.dakar", post("/api/v1/cases")).content(json(body)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(api(mvc, "caseworker.dakar", post("/api/v1/cases")).content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases?from=2026-13-01")))
                .andExpect(status().isBadRequest());
        mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases?cursor=garbage")))
                .andExpect(status().isBadRequest());
        mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases?size=500")))
                .andExpect(status().isBadRequest());
        mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases?exploitation=Piracy")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.exploitation").isNotEmpty());
        assertThat(count(jdbc, "case_file")).isEqualTo(cases);
    }

    @Test
    void theCaseApiIsDescribedInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(doc).contains("/api/v1/cases").contains("/api/v1/cases/{id}").contains("\"Cases\"")
                .contains("CaseDraft").contains("cursor");
    }

    @Test
    void anUpdateWithoutVersionIsRefusedAndChangesNothing() throws Exception {
        String given = uniqueName();
        long id = register("caseworker.dakar", childCase(given, uniqueName()));
        Map<String, Object> change = childCase(uniqueName(), uniqueName());
        mvc.perform(api(mvc, "caseworker.dakar", put("/api/v1/cases/" + id)).content(json(change)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.version").isNotEmpty());
        String read = mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases/" + id)))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(read, "$.person.givenNames")).isEqualTo(given);
        assertThat((Integer) JsonPath.read(read, "$.version")).isZero();
    }
}
