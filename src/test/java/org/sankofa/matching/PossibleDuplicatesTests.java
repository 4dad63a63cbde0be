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

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "This person may already have a case" through the API: a child registered in Dakar as Diallo is found when Dakar
 * registers "Jallow" with the same given name and age, with the fields that agree; another office sees nothing of
 * Dakar's persons; roles without case work are refused; each case shown is audited; bad input is a 422.
 */
@SankofaTest
class PossibleDuplicatesTests {

    private final MatchingTestSupport support = new MatchingTestSupport();

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

    private static Map<String, Object> childCase(String given, String family) {
        return MatchingTestSupport.childCase(given, family);
    }

    private static String uniqueName() {
        return MatchingTestSupport.uniqueName();
    }

    private MockHttpServletRequestBuilder api(String username, MockHttpServletRequestBuilder request) {
        return support.api(mvc, username, request);
    }

    private static String json(Object value) {
        return MatchingTestSupport.json(value);
    }
}
