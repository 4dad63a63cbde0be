package org.sankofa.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.GuardianRelation;
import org.sankofa.directory.SpokenLanguage;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The demo world passes the API's own rules: a case of the demo data, read with {@code GET /api/v1/cases/{id}} and
 * sent back unchanged with {@code PUT}, is accepted — for a sample of the demo cases of every office, read and saved
 * by a case worker of that office. Each PUT saves the case unchanged (a new version), which no other test relies on.
 */
@SankofaTest
class DemoCasesRoundTripTests {

    private static final String PASSWORD = "round-trip-password";
    private static final int PER_OFFICE = 12;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDemoCaseReadWithGetIsAcceptedBackWithPut() throws Exception {
        List<Long> offices = jdbc.sql("select distinct office_id from case_file order by office_id")
                .query(Long.class).list();
        assertThat(offices).as("demo cases in several offices").hasSizeGreaterThan(1);
        List<String> refused = new ArrayList<>();
        int saved = 0;
        for (long office : offices) {
            String username = SignIn.uniqueUsername("roundtrip");
            users.create(new NewUser(username, "Round trip", null, PASSWORD, null, office, "en",
                    Set.of(RoleGrant.of(Role.CASE_WORKER))));
            String bearer = "Bearer " + Tokens.issue(mvc, username, PASSWORD).get("token").asString();
            List<Long> sample = jdbc.sql("""
                    select id from case_file where office_id = ? order by id % 7, id limit ?""")
                    .params(office, PER_OFFICE).query(Long.class).list();
            for (long id : sample) {
                MockHttpServletResponse read = mvc.perform(get("/api/v1/cases/{id}", id)
                        .header(HttpHeaders.AUTHORIZATION, bearer)).andReturn().getResponse();
                assertThat(read.getStatus()).as("GET case " + id).isEqualTo(200);
                MockHttpServletResponse written = mvc.perform(put("/api/v1/cases/{id}", id)
                        .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(draft(JSON.readTree(read.getContentAsByteArray())))))
                        .andReturn().getResponse();
                if (written.getStatus() == 200) {
                    saved++;
                } else {
                    refused.add("case " + id + " (office " + office + "): " + written.getStatus() + " "
                            + written.getContentAsString());
                }
            }
        }
        assertThat(refused).as("refused").isEmpty();
        assertThat(saved).isGreaterThanOrEqualTo(offices.size() * 2);
    }

    /** The two values the generator once wrote outside the rules, checked on every case rather than a sample. */
    @Test
    void everyCaseHasOfferedLanguagesAndAGuardianRelationOfTheList() {
        assertThat(jdbc.sql("select distinct unnest(languages) from case_file").query(String.class).list())
                .isNotEmpty().isSubsetOf(SpokenLanguage.codes());
        assertThat(jdbc.sql("select distinct guardian_relation from case_person where guardian_relation is not null")
                .query(String.class).list()).isNotEmpty()
                .isSubsetOf(Arrays.stream(GuardianRelation.values()).map(Enum::name).toList());
    }

    /** What a client sends back: the case as read, in the shape of a {@code CaseDraft}, with the version read. */
    private static ObjectNode draft(JsonNode read) {
        JsonNode identification = read.get("identification");
        JsonNode person = read.get("person");
        JsonNode profile = read.get("profile");
        ObjectNode draft = JSON.createObjectNode();
        draft.set("identifiedOn", identification.get("identifiedOn"));
        draft.set("identifiedCountry", identification.get("country"));
        draft.set("identifiedCity", identification.get("city"));
        for (String field : List.of("referralSource", "traffickingStatus", "statusDecidedBy")) {
            draft.set(field, identification.get(field));
        }
        for (String field : List.of("givenNames", "familyName", "aliases", "sex", "dateOfBirth", "citizenship",
                "languages", "contact", "address", "guardianName", "guardianContact", "guardianRelation")) {
            draft.set(field, person.get(field));
        }
        if (person.get("ageEstimated").asBoolean()) {
            draft.set("estimatedAge", person.get("ageAtIdentification"));
        }
        profile.properties().forEach(field -> draft.set(field.getKey(), field.getValue()));
        draft.set("route", read.get("route"));
        draft.set("version", read.get("version"));
        return draft;
    }
}
