package org.sankofa.audit;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SankofaTest
class AuditActivityTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser admin() {
        return users.findByUsername("admin").orElseThrow();
    }

    @Test
    void signInsFailuresTokenUseAndAdministrativeChangesAreRecordedAndTheChainStaysIntact() throws Exception {
        String address = SignIn.uniqueAddress();
        SignIn.attempt(mvc, "partner.dakar", DemoUsers.PASSWORD, null, address);
        SignIn.attempt(mvc, "nobody-audit", "guess", null, address);
        String token = Tokens.of(mvc, "partner.dakar");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf()).param("username", SignIn.uniqueUsername("audited"))
                .param("displayName", "Audited").param("password", "a-long-password-1")
                .param("organisationId", String.valueOf(admin().organisationId())).param("locale", "en")
                .param("roles", "OBSERVER")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select action || ':' || coalesce(actor, '') || ':' || coalesce(client_ip, '') "
                        + "from audit_entry order by id desc limit 20").query(String.class).list())
                .contains("LOGIN:partner.dakar:" + address, "LOGIN_FAILED:nobody-audit:" + address,
                        "TOKEN_USED:partner.dakar:127.0.0.1", "USER_CREATED:admin:127.0.0.1")
                .anyMatch(entry -> entry.startsWith("TOKEN_ISSUED:partner.dakar:"));

        var session = SignIn.session(mvc, "admin", DemoUsers.PASSWORD);
        mvc.perform(post("/admin/audit/verify").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/audit"));
        mvc.perform(get("/admin/audit").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact: ")));
        assertThat(jdbc.sql("select details from audit_entry where action = 'AUDIT_CHAIN_VERIFIED' order by id desc "
                + "limit 1").query(String.class).single()).isEqualTo("result=intact");
    }

    @Test
    void aLongerAuditPageSendsNoMoreStatements() throws Exception {
        String actor = "count-probe-" + System.nanoTime();
        SignIn.attempt(mvc, actor, "guess", null, SignIn.uniqueAddress());
        int forOne = SqlStatements.count(() -> mvc.perform(get("/admin/audit").with(user(admin()))
                .param("actor", actor)).andExpect(status().isOk()));
        for (int i = 0; i < 4; i++) {
            SignIn.attempt(mvc, actor, "guess", null, SignIn.uniqueAddress());
        }
        int forFive = SqlStatements.count(() -> mvc.perform(get("/admin/audit").with(user(admin()))
                .param("actor", actor)).andExpect(status().isOk()));

        assertThat(forOne).isPositive();
        assertThat(forFive).isEqualTo(forOne);
    }

    @Test
    void theAuditPageShowsNewestFirstWithFiltersAndKeysetPages() throws Exception {
        for (int i = 0; i < 3; i++) {
            SignIn.attempt(mvc, "filter-probe", "guess", null, SignIn.uniqueAddress());
        }
        long newest = jdbc.sql("select max(id) from audit_entry where actor = 'filter-probe'").query(Long.class).single();

        String page = mvc.perform(get("/admin/audit").with(user(admin())).param("actor", "filter-probe")
                        .param("action", "LOGIN_FAILED"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"entry-" + newest + "\"").doesNotContain("USER_CREATED</code>");
        assertThat(page.indexOf("entry-" + newest)).isLessThan(page.indexOf("entry-" + (newest - 1) + "\"") < 0
                ? Integer.MAX_VALUE : page.indexOf("entry-" + (newest - 1) + "\""));

        mvc.perform(get("/admin/audit").with(user(admin())).param("before", String.valueOf(newest))
                        .param("actor", "filter-probe"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"entry-" + newest + "\""))));
        String all = mvc.perform(get("/admin/audit").with(user(admin()))).andReturn().getResponse().getContentAsString();
        if (jdbc.sql("select count(*) from audit_entry").query(Long.class).single() > 50) {
            assertThat(all).contains("id=\"older\"");
        }
        mvc.perform(get("/admin/audit").with(user(admin())).param("before", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").with(user(admin())).param("actor", "x".repeat(5000)))
                .andExpect(status().isOk());
    }

    @Test
    void theAuditApiPagesOldestFirstForAdministratorsOnly() throws Exception {
        String adminToken = Tokens.of(mvc, "admin");
        String body = mvc.perform(get("/api/v1/audit").param("after", "0").param("limit", "3")
                        .header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(3))
                .andExpect(jsonPath("$.entries[0].id").value(1))
                .andExpect(jsonPath("$.next").value(3))
                .andReturn().getResponse().getContentAsString();
        JsonNode page = JSON.readTree(body);
        assertThat(page.get("entries").get(0).has("hash")).isFalse();
        mvc.perform(get("/api/v1/audit").param("after", "3").param("limit", "2")
                        .header("Authorization", "Bearer " + adminToken))
                .andExpect(jsonPath("$.entries[0].id").value(4));

        mvc.perform(get("/api/v1/audit").param("limit", "0").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.limit").value("limit must be between 1 and 1000."));
        mvc.perform(get("/api/v1/audit").param("after", "-5").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/audit").param("after", "abc").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + Tokens.of(mvc, "mne")))
                .andExpect(status().isForbidden());
    }
}
