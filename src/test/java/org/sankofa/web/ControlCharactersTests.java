package org.sankofa.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * NUL and the other control characters (but tab, line feed and carriage return) never reach a rule, the database or
 * a page: removed at one place from every text sent, as JSON or as a form ({@link ControlCharacters}).
 */
@SankofaTest
class ControlCharactersTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    @Test
    void controlCharactersSentAsJsonOrAsAFormAreRemovedBeforeAnythingIsStoredOrShown() throws Exception {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Awa", "Demo-Control");
        String notes = "/api/v1/cases/" + caseId.value() + "/notes";
        String caseworker = Tokens.bearer(mvc, "caseworker.dakar");

        mvc.perform(post(notes).header(HttpHeaders.AUTHORIZATION, caseworker).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("body",
                                "Seen\u0000 at the shelter\u0007\u001b\u007f\u0085\tcalm\r\nwell fed"))))
                .andExpect(status().isCreated());
        Cookie session = SignIn.session(mvc, "caseworker.dakar", DemoUsers.PASSWORD);
        mvc.perform(post("/cases/" + caseId.value() + "/notes").cookie(session).with(csrf())
                        .param("body", "Visit\u0000 done\u000b"))
                .andExpect(status().is3xxRedirection());

        List<String> stored = JsonPath.read(mvc.perform(get(notes).header(HttpHeaders.AUTHORIZATION, caseworker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].body");
        assertThat(stored).containsExactlyInAnyOrder("Seen at the shelter\tcalm\r\nwell fed", "Visit done");
        String page = mvc.perform(get("/cases/" + caseId.value() + "/notes").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Visit done").doesNotContain("\u0000").doesNotContain("\u0007");

        String title = "Plan\u0000 without\u0001 controls " + System.nanoTime();
        String created = mvc.perform(post("/api/v1/plans").header(HttpHeaders.AUTHORIZATION,
                                Tokens.bearer(mvc, "coordinator.mali")).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("title", title, "scope", "NATIONAL",
                                "status", "DRAFT", "periodStart", "2026-01-01", "periodEnd", "2030-12-31",
                                "countries", List.of("ML\u0000")))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long plan = ((Number) JsonPath.read(created, "$.plan.id")).longValue();
        assertThat(jdbc.sql("select title from action_plan where id = ?").param(plan).query(String.class).single())
                .isEqualTo(title.replace("\u0000", "").replace("\u0001", ""));
        mvc.perform(post("/plans/" + plan + "/areas").cookie(SignIn.session(mvc, "coordinator.mali",
                        DemoUsers.PASSWORD)).with(csrf()).param("title", "Pre\u0000vention\u001f")
                        .param("pillar", "PREVENTION\u0000"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select title || '/' || pillar from strategic_area where plan_id = ?").param(plan)
                .query(String.class).single()).isEqualTo("Prevention/PREVENTION");
    }
}
