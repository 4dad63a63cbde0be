package org.sankofa.identity;

import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.events.SignInFailuresRepeated;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Repeated failed sign-ins to an account, from anywhere, are told: to the administrators (an audit entry, the account
 * marked on the users page and in the API), to the person (a notice on the first page after their next sign-in, and
 * an e-mail through the event {@link SignInFailuresRepeated}); an administrator clears them and lifts the waits.
 */
@SankofaTest
@RecordApplicationEvents
class RepeatedSignInFailuresTests {

    private static final String PASSWORD = "repeated-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void fiveFailuresFromAnywhereAreToldToTheAdministratorsAndToThePersonAtTheirNextSignIn() throws Exception {
        String username = SignIn.uniqueUsername("told");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        for (int i = 0; i < 5; i++) {
            SignIn.attempt(mvc, username, "wrong-" + i, null, SignIn.uniqueAddress());
        }

        assertThat(jdbc.sql("select details from audit_entry where action = 'LOGIN_FAILURES_REPEATED' and target_id = ?")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("failures=5");
        assertThat(events.stream(SignInFailuresRepeated.class))
                .containsExactly(new SignInFailuresRepeated(id, 5));
        assertThat(usersPage()).containsPattern(noticeNaming(username)).contains("5 failed sign-ins");
        mvc.perform(get("/admin/users/" + id).with(user(admin())))
                .andExpect(content().string(containsString("id=\"clear-failures-form\"")));
        mvc.perform(get("/api/v1/users").header("Authorization", Tokens.bearer(mvc, "admin")))
                .andExpect(jsonPath("$[?(@.username == '" + username + "')].failedSignIns").value(5));

        SignIn.attempt(mvc, username, "wrong-again", null, SignIn.uniqueAddress());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_FAILURES_REPEATED' "
                + "and target_id = ?").param(String.valueOf(id)).query(Long.class).single())
                .as("told once per run of failures").isEqualTo(1);

        Cookie session = SignIn.session(mvc, username, PASSWORD);
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(containsString("id=\"sign-in-failures\"")))
                .andExpect(content().string(containsString("There were 6 failed attempts")));
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(not(containsString("id=\"sign-in-failures\""))));
        assertThat(usersPage()).doesNotContainPattern(noticeNaming(username));
    }

    @Test
    void aFewFailuresBeforeTheRightPasswordAreNotReported() throws Exception {
        String username = SignIn.uniqueUsername("typos");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        String address = SignIn.uniqueAddress();
        for (int i = 0; i < 4; i++) {
            SignIn.attempt(mvc, username, "typo-" + i, null, address);
        }

        Cookie session = SignIn.session(mvc, username, PASSWORD);

        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(not(containsString("id=\"sign-in-failures\""))));
        assertThat(events.stream(SignInFailuresRepeated.class)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_FAILURES_REPEATED' "
                + "and target_id = ?").param(String.valueOf(id)).query(Long.class).single()).isZero();
    }

    @Test
    void failuresOfAnUnknownNameAreCountedForNobody() throws Exception {
        long before = jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_FAILURES_REPEATED'")
                .query(Long.class).single();
        String username = SignIn.uniqueUsername("ghost");
        for (int i = 0; i < 5; i++) {
            SignIn.attempt(mvc, username, "guess-" + i, null, SignIn.uniqueAddress());
        }

        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_FAILURES_REPEATED'")
                .query(Long.class).single()).isEqualTo(before);
        assertThat(events.stream(SignInFailuresRepeated.class)).isEmpty();
    }

    @Test
    void anAdministratorClearsTheFailuresAndLiftsTheWaitsFromEveryAddress() throws Exception {
        String username = SignIn.uniqueUsername("clear");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        String shared = SignIn.uniqueAddress();
        for (int i = 0; i < 6; i++) {
            SignIn.attempt(mvc, username, "wrong-" + i, null, shared);
        }
        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, shared).redirect())
                .as("the person behind the same address as whoever tried must wait").isEqualTo("/login?error");

        mvc.perform(post("/admin/users/" + id + "/unlock").with(user(admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));

        assertThat(jdbc.sql("select failed_logins from app_user where id = ?").param(id).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'USER_SIGN_IN_FAILURES_CLEARED' "
                + "and target_id = ?").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/users/" + id).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"clear-failures-form\""))));
        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, shared).redirect()).isEqualTo("/");
    }

    private String usersPage() throws Exception {
        return mvc.perform(get("/admin/users").with(user(admin()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The notice at the top of the users page, naming an account among those with repeated failed sign-ins. */
    private static String noticeNaming(String username) {
        return "id=\"repeated-failures\">[^<]*[ ,]" + Pattern.quote(username) + "[,.]";
    }

    private CurrentUser admin() {
        return users.findByUsername("admin").orElseThrow();
    }
}
