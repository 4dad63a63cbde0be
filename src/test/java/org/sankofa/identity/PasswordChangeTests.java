package org.sankofa.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person changes their own password on their profile page or through the API (ASVS 2.1.5, 2.1.6, 3.3.3). */
@SankofaTest
class PasswordChangeTests {

    private static final String OLD = "the-old-password-of-tests";
    private static final String NEW = "a new sentence I will remember";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onTheProfilePageTheNewPasswordWorksTheOldOneNoLongerAndOtherSessionsEnd() throws Exception {
        String username = SignIn.uniqueUsername("pwd");
        SignIn.createUser(users, username, OLD, RoleGrant.of(Role.OBSERVER));
        Cookie elsewhere = SignIn.session(mvc, username, OLD);
        Cookie here = SignIn.session(mvc, username, OLD);

        mvc.perform(get("/profile").cookie(here)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/profile/password")));
        mvc.perform(get("/profile/password").cookie(here)).andExpect(status().isOk())
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")));
        mvc.perform(post("/profile/password").cookie(here).with(csrf()).with(SignIn.from(SignIn.uniqueAddress()))
                        .param("currentPassword", OLD).param("newPassword", NEW).param("repeatedPassword", NEW)
                        .param("endOtherSessions", "true"))
                .andExpect(redirectedUrl("/profile")).andExpect(flash().attribute("message", "profile.password.changed"));

        mvc.perform(get("/profile").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/profile").cookie(elsewhere)).andExpect(status().is3xxRedirection());
        assertThat(SignIn.attempt(mvc, username, OLD, null, SignIn.uniqueAddress()).redirect())
                .isEqualTo("/login?error");
        assertThat(SignIn.attempt(mvc, username, NEW, null, SignIn.uniqueAddress()).redirect()).isEqualTo("/");
        assertThat(jdbc.sql("select details from audit_entry where actor = ? and action = 'PASSWORD_CHANGED'")
                .param(username).query(String.class).list()).containsExactly("other-sessions=ended");
    }

    @Test
    void theOtherSessionsMayBeKept() throws Exception {
        String username = SignIn.uniqueUsername("pwdkeep");
        SignIn.createUser(users, username, OLD, RoleGrant.of(Role.OBSERVER));
        Cookie elsewhere = SignIn.session(mvc, username, OLD);
        Cookie here = SignIn.session(mvc, username, OLD);

        mvc.perform(post("/profile/password").cookie(here).with(csrf()).with(SignIn.from(SignIn.uniqueAddress()))
                        .param("currentPassword", OLD).param("newPassword", NEW).param("repeatedPassword", NEW))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(get("/profile").cookie(elsewhere)).andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordOrANewOneThatBreaksTheRulesIsA422AndChangesNothing() throws Exception {
        String username = SignIn.uniqueUsername("pwdbad");
        SignIn.createUser(users, username, OLD, RoleGrant.of(Role.OBSERVER));
        Cookie session = SignIn.session(mvc, username, OLD);
        String hash = hash(username);
        String address = SignIn.uniqueAddress();

        String[][] refused = {
                {"wrong-current-password", NEW, NEW, "That is not your current password."},
                {OLD, "too short", "too short", "at least 12 characters"},
                {OLD, NEW, NEW + "!", "The two new passwords are not the same."},
                {OLD, OLD, OLD, "must differ from the current one"},
                {OLD, "x".repeat(201), "x".repeat(201), "too long"},
                {"", NEW, NEW, "That is not your current password."}};
        for (String[] attempt : refused) {
            mvc.perform(post("/profile/password").cookie(session).with(csrf()).with(SignIn.from(address))
                            .param("currentPassword", attempt[0]).param("newPassword", attempt[1])
                            .param("repeatedPassword", attempt[2]).param("endOtherSessions", "true"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString(attempt[3])));
        }
        assertThat(hash(username)).isEqualTo(hash);
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'PASSWORD_CHANGED'")
                .param(username).query(Integer.class).single()).isZero();
    }

    @Test
    void guessingTheCurrentPasswordMustWaitLikeASignIn() throws Exception {
        String username = SignIn.uniqueUsername("pwdguess");
        SignIn.createUser(users, username, OLD, RoleGrant.of(Role.OBSERVER));
        Cookie session = SignIn.session(mvc, username, OLD);
        String address = SignIn.uniqueAddress();

        for (int i = 0; i < 6; i++) {
            mvc.perform(post("/profile/password").cookie(session).with(csrf()).with(SignIn.from(address))
                    .param("currentPassword", "guess-" + i).param("newPassword", NEW).param("repeatedPassword", NEW))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/profile/password").cookie(session).with(csrf()).with(SignIn.from(address))
                        .param("currentPassword", OLD).param("newPassword", NEW).param("repeatedPassword", NEW))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("wait a few minutes")));
        assertThat(SignIn.attempt(mvc, username, NEW, null, SignIn.uniqueAddress()).redirect())
                .isEqualTo("/login?error");
    }

    @Test
    void throughTheApiWithAToken() throws Exception {
        String username = SignIn.uniqueUsername("pwdapi");
        SignIn.createUser(users, username, OLD, RoleGrant.of(Role.OBSERVER));
        String token = Tokens.issue(mvc, username, OLD).get("token").asString();

        mvc.perform(put("/api/v1/me/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"nope\",\"newPassword\":\"" + NEW + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.currentPassword").exists());
        mvc.perform(put("/api/v1/me/password").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + OLD + "\",\"newPassword\":\"" + NEW + "\"}"))
                .andExpect(status().isNoContent());

        assertThat(SignIn.attempt(mvc, username, NEW, null, SignIn.uniqueAddress()).redirect()).isEqualTo("/");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(username));
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).single();
    }
}
