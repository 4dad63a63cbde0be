package org.sankofa.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * "This person may already have a case" through the API: a child registered in Dakar as Diallo is found when Dakar
 * registers "Jallow" with the same given name and age, with the fields that agree; another office sees nothing of
 * Dakar's persons; roles without case work are refused; each case shown is audited; bad input is a 422.
 */
@SankofaTest
class PossibleDuplicatesTests {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;

    @Test
    void dakarIsWarnedOfItsOwnCaseUnderAnotherSpellingWithTheFieldsThatAgree() throws Exception {
        String given = uniqueName();
        String created = mvc.perform(api("caseworker.dakar", post("/api/v1/cases")).content(json(childCase(given,
                "Diallo")))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number caseId = JsonPath.read(created, "$.id");
        String caseNumber = JsonPath.read(created, "$.caseNumber");

        String answer = mvc.perform(api("caseworker.dakar", post("/api/v1/matching/possible-duplicates"))
                        .content(json(query(given + "e", "Jallow"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseNumber").value(caseNumber))
                .andReturn().getResponse().getContentAsString();
        List<String> agreeing = JsonPath.read(answer, "$[0].agreeing");
        assertThat(agreeing).contains("GIVEN_NAMES", "FAMILY_NAME", "BIRTH", "SEX", "CITIZENSHIP", "PLACE");
        assertThat(answer).doesNotContain(given).doesNotContain("Diallo");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where actor = 'caseworker.dakar'
                   and action = 'POSSIBLE_DUPLICATE_SHOWN' and target_id = ?""")
                .param(String.valueOf(caseId.longValue())).query(Long.class).single()).isEqualTo(1);

        // the supervisor of the office sees it too; Conakry's staff see nothing of Dakar's persons
        mvc.perform(api("supervisor.dakar", post("/api/v1/matching/possible-duplicates"))
                .content(json(query(given, "Diallo")))).andExpect(jsonPath("$[0].caseNumber").value(caseNumber));
        for (String other : List.of("caseworker.conakry", "supervisor.conakry")) {
            String elsewhere = mvc.perform(api(other, post("/api/v1/matching/possible-duplicates"))
                    .content(json(query(given, "Diallo")))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(elsewhere).doesNotContain(caseNumber);
        }
    }

    @Test
    void theRegistrationFormWarnsWithTheCaseNumberAndWhy() throws Exception {
        String given = uniqueName();
        String created = mvc.perform(api("caseworker.dakar", post("/api/v1/cases")).content(json(childCase(given,
                "Ndiaye")))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String caseNumber = JsonPath.read(created, "$.caseNumber");
        String page = mvc.perform(form("caseworker.dakar", given, "Njie"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(caseNumber, "may already have a case", "family name")
                .doesNotContain(given);
        String elsewhere = mvc.perform(form("supervisor.conakry", given, "Njie")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(elsewhere).doesNotContain(caseNumber).doesNotContain("may already have a case");
        // a half-typed form is no error: nothing to warn of yet
        mvc.perform(post("/matching/possible-duplicates").with(user(users.findByUsername("caseworker.dakar")
                .orElseThrow())).with(csrf()).param("givenNames", given).param("dateOfBirth", "2015-13")
                .param("estimatedAge", "abc")).andExpect(status().isOk());
        mvc.perform(post("/matching/possible-duplicates").with(user(users.findByUsername("partner.dakar")
                .orElseThrow())).with(csrf()).param("givenNames", given)).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder form(String username, String given, String family) {
        return post("/matching/possible-duplicates").with(user(users.findByUsername(username).orElseThrow()))
                .with(csrf()).param("givenNames", given).param("familyName", family).param("sex", "Masculine")
                .param("estimatedAge", "11").param("identifiedOn", LocalDate.now().toString())
                .param("citizenship", "GN").param("recruitmentPlace", "Labé")
                .param("guardianName", "Mariama " + family);
    }

    @Test
    void aDifferentChildOfTheSameFamilyIsNotProposed() throws Exception {
        String given = uniqueName();
        String created = mvc.perform(api("caseworker.dakar", post("/api/v1/cases"))
                .content(json(childCase(given, "Diallo")))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String brother = JsonPath.read(created, "$.caseNumber");
        Map<String, Object> sister = query(uniqueName(), "Diallo");
        sister.put("sex", "Feminine");
        sister.put("estimatedAge", 6);
        String answer = mvc.perform(api("caseworker.dakar", post("/api/v1/matching/possible-duplicates"))
                .content(json(sister))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> numbers = JsonPath.read(answer, "$[*].caseNumber");
        assertThat(numbers).doesNotContain(brother);
    }

    @Test
    void rolesWithoutCaseWorkAreRefusedAndBadInputIsA422() throws Exception {
        for (String refused : List.of("partner.dakar", "coordinator.mali", "coordinator.ecowas", "mne", "organiser",
                "observer", "admin")) {
            mvc.perform(api(refused, post("/api/v1/matching/possible-duplicates"))
                    .content(json(query("Aminata", "Diallo")))).andExpect(status().isForbidden());
        }
        mvc.perform(api("caseworker.dakar", post("/api/v1/matching/possible-duplicates"))
                .content(json(query(" ", "Diallo")))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.givenNames").isNotEmpty());
        Map<String, Object> age = query("Aminata", "Diallo");
        age.put("estimatedAge", 400);
        mvc.perform(api("caseworker.dakar", post("/api/v1/matching/possible-duplicates")).content(json(age)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(api("caseworker.dakar", post("/api/v1/matching/possible-duplicates")).content("{not json"))
                .andExpect(status().isBadRequest());
    }

    private Map<String, Object> query(String given, String family) {
        Map<String, Object> query = new HashMap<>();
        query.put("givenNames", given);
        query.put("familyName", family);
        query.put("sex", "Masculine");
        query.put("estimatedAge", 11);
        query.put("identifiedOn", LocalDate.now().minusDays(1).toString());
        query.put("citizenship", "GN");
        query.put("place", "Labé");
        query.put("guardianName", "Mariama " + family);
        return query;
    }

    private static Map<String, Object> childCase(String givenNames, String familyName) {
        Map<String, Object> body = new HashMap<>();
        body.put("identifiedOn", LocalDate.now().minusDays(2).toString());
        body.put("identifiedCountry", "SN");
        body.put("identifiedCity", "Dakar");
        body.put("referralSource", "NgoOutreach");
        body.put("traffickingStatus", "PossibleVictimOfTrafficking");
        body.put("statusDecidedBy", "NGO");
        body.put("givenNames", givenNames);
        body.put("familyName", familyName);
        body.put("sex", "Masculine");
        body.put("estimatedAge", 11);
        body.put("citizenship", "GN");
        body.put("languages", List.of("fr", "ff"));
        body.put("guardianName", "Mariama " + familyName);
        body.put("guardianRelation", "MOTHER");
        body.put("recruitmentMethod", "ThroughFamilyOrFamilyEvents");
        body.put("controlMethods", List.of("PhysicalThreats"));
        body.put("exploitationTypes", List.of("ForcedBegging"));
        body.put("recruitmentCountry", "GN");
        body.put("recruitmentPlace", "Labé");
        body.put("exploitationCountry", "SN");
        body.put("exploitationPlace", "Dakar");
        return body;
    }

    private static String uniqueName() {
        String[] syllables = { "ba", "ko", "ri", "zu", "me", "lo", "fa", "ti", "nu", "se", "gu", "pe", "vo", "ki" };
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            name.append(syllables[ThreadLocalRandom.current().nextInt(syllables.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private MockHttpServletRequestBuilder api(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.computeIfAbsent(username, name -> {
            try {
                String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                                .content(json(Map.of("username", name, "password", DemoUsers.PASSWORD))))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                return JsonPath.read(body, "$.token");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).contentType(MediaType.APPLICATION_JSON);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
