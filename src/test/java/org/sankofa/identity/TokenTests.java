package org.sankofa.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SankofaTest
class TokenTests {

    private static final String PASSWORD = "token-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIssuedThroughTheApiAuthenticatesTheCallerUntilRevoked() throws Exception {
        String username = SignIn.uniqueUsername("api");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.ME_OFFICER));
        JsonNode issued = Tokens.issue(mvc, username, PASSWORD);
        String token = issued.get("token").asString();
        assertThat(token).startsWith("skf_");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0].role").value("ME_OFFICER"));
        assertThat(jdbc.sql("select details from audit_entry where actor = ? and action = 'TOKEN_USED'")
                .param(username).query(String.class).list()).contains("GET /api/v1/me");
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(issued.get("id").asLong())
                .query(String.class).single()).doesNotContain(token);

        mvc.perform(delete("/api/v1/tokens/" + issued.get("id").asLong()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String username = SignIn.uniqueUsername("expired");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        JsonNode issued = Tokens.issue(mvc, username, PASSWORD);
        String token = issued.get("token").asString();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        // changed in the database as another node or an administrator would: heard through its announcement
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?")
                .param(issued.get("id").asLong()).update();

        TokenOwnersTests.untilRefused(mvc, token);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The token is unknown, revoked or expired."));
    }

    @Test
    void aGarbageOrMissingTokenIsAnsweredWithA401Problem() throws Exception {
        for (String value : new String[] {"Bearer nonsense", "Bearer skf_" + "x".repeat(43), "Bearer ",
                "Bearer " + "skf_".repeat(200)}) {
            mvc.perform(get("/api/v1/me").header("Authorization", value))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTokenIssuedOnTheProfilePageWorksForTheApiAndCanBeRevokedThere() throws Exception {
        Cookie session = SignIn.session(mvc, "observer", DemoUsers.PASSWORD);
        MvcResult result = mvc.perform(post("/profile/tokens").cookie(session).with(csrf())
                        .param("name", "spreadsheet").param("days", "30"))
                .andExpect(status().isCreated())
                .andExpect(content().string(containsString("id=\"issued-token\"")))
                .andReturn();
        var issued = (org.sankofa.identity.internal.ApiTokens.IssuedToken) result.getModelAndView().getModel()
                .get("issued");
        assertThat(result.getResponse().getContentAsString()).contains(issued.token());
        assertThat(jdbc.sql("select count(*) from spring_session_attributes "
                + "where position(convert_to(?, 'UTF8') in attribute_bytes) > 0").param(issued.token()).query(Long.class).single()).isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("observer"));
        mvc.perform(get("/profile").cookie(session))
                .andExpect(content().string(containsString("spreadsheet")));

        mvc.perform(post("/profile/tokens/" + issued.id() + "/revoke").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void badInputOnTheTokenFormIsRefusedWith422AndNothingIsStored() throws Exception {
        Cookie session = SignIn.session(mvc, "observer", DemoUsers.PASSWORD);
        long before = tokensOf("observer");

        mvc.perform(post("/profile/tokens").cookie(session).with(csrf()).param("name", " ").param("days", "30"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the token a name")));
        mvc.perform(post("/profile/tokens").cookie(session).with(csrf()).param("name", "n".repeat(101)))
                .andExpect(status().isUnprocessableContent());
        for (String days : new String[] {"0", "367", "abc", "-1", "99999999999"}) {
            mvc.perform(post("/profile/tokens").cookie(session).with(csrf()).param("name", "x").param("days", days))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("valid for 1 to 366 days")));
        }
        mvc.perform(post("/profile/tokens/999999999/revoke").cookie(session).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no such active token")));
        mvc.perform(post("/profile/tokens/abc/revoke").cookie(session).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/profile/tokens").cookie(session).param("name", "no-csrf"))
                .andExpect(status().is3xxRedirection());

        assertThat(tokensOf("observer")).isEqualTo(before);
    }

    @Test
    void badInputOnTheTokenApiIsRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
        String username = SignIn.uniqueUsername("apibad");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        String address = SignIn.uniqueAddress();

        mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.username").exists())
                .andExpect(jsonPath("$.errors.password").exists());
        mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"days\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.days").exists());
        mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"days\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Sign-in did not succeed")));
        mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType(MediaType.TEXT_PLAIN)
                        .content("hello"))
                .andExpect(status().isUnsupportedMediaType());

        assertThat(tokensOf(username)).isZero();

        String token = Tokens.issue(mvc, username, PASSWORD).get("token").asString();
        mvc.perform(delete("/api/v1/tokens/abc").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/tokens/999999999").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    private long tokensOf(String username) {
        return jdbc.sql("select count(*) from api_token t join app_user u on u.id = t.user_id where u.username = ?")
                .param(username).query(Long.class).single();
    }
}
