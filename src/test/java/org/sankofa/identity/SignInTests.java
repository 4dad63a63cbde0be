package org.sankofa.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

@SankofaTest
class SignInTests {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoUserSignsInAndSeesTheHomePage() throws Exception {
        Cookie session = SignIn.session(mvc, "caseworker.dakar", DemoUsers.PASSWORD);

        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Awa Demo-Caseworker")));
        assertThat(lastAction("caseworker.dakar")).isEqualTo("LOGIN");
    }

    @Test
    void wrongPasswordShowsTheErrorAndIsAudited() throws Exception {
        String username = SignIn.uniqueUsername("wrong");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));

        var attempt = SignIn.attempt(mvc, username, "not-the-password", null, SignIn.uniqueAddress());

        assertThat(attempt.redirect()).isEqualTo("/login?error");
        assertThat(attempt.session()).isNull();
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The username or password is not right")));
        assertThat(lastAction(username)).isEqualTo("LOGIN_FAILED");
    }

    @Test
    void unauthenticatedPageRequestIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/profile"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void fiveFailedSignInsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String username = SignIn.uniqueUsername("lock");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        String address = SignIn.uniqueAddress();

        for (int i = 0; i < 5; i++) {
            assertThat(SignIn.attempt(mvc, username, "wrong-" + i, null, address).redirect())
                    .isEqualTo("/login?error");
        }
        var refused = SignIn.attempt(mvc, username, PASSWORD, null, address);

        assertThat(refused.redirect()).isEqualTo("/login?locked");
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString("This account is locked")));
        assertThat(jdbc.sql("select details from audit_entry where actor = ? and action = 'LOGIN_FAILED' order by id")
                .param(username).query(String.class).list())
                .containsSequence("reason=bad-credentials", "reason=locked", "reason=locked");

        CurrentUser admin = users.findByUsername("admin").orElseThrow();
        mvc.perform(get("/admin/users/" + id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unlock-form\"")));
        mvc.perform(post("/admin/users/" + id + "/unlock").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));

        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, address).redirect()).isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'USER_UNLOCKED' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void afterALockoutEndsOneMoreFailureDoesNotLockTheAccountAgain() throws Exception {
        String username = SignIn.uniqueUsername("relock");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        jdbc.sql("update app_user set failed_logins = 5, locked_until = now() - interval '1 minute' where id = ?")
                .param(id).update();
        String address = SignIn.uniqueAddress();

        assertThat(SignIn.attempt(mvc, username, "wrong", null, address).redirect()).isEqualTo("/login?error");

        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, address).redirect()).isEqualTo("/");
    }

    @Test
    void anAddressIsThrottledAfterTooManyFailuresWhateverTheAccount() throws Exception {
        String address = "192.0.2.66";
        for (int i = 0; i < 20; i++) {
            SignIn.attempt(mvc, "nobody-" + i, "guess-" + i, null, address);
        }

        assertThat(SignIn.attempt(mvc, "observer", DemoUsers.PASSWORD, null, address).redirect())
                .isEqualTo("/login?throttled");
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(containsString("Too many failed attempts")));
        mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType("application/json")
                        .content("{\"username\":\"observer\",\"password\":\"" + DemoUsers.PASSWORD + "\"}"))
                .andExpect(status().isTooManyRequests());
        assertThat(SignIn.attempt(mvc, "observer", DemoUsers.PASSWORD, null, SignIn.uniqueAddress()).redirect())
                .isEqualTo("/");
    }

    @Test
    void overlongOrEmptyCredentialsAreRefusedWithTheErrorMessage() throws Exception {
        String address = SignIn.uniqueAddress();
        assertThat(SignIn.attempt(mvc, "x".repeat(5000), "y".repeat(5000), "12345678", address).redirect())
                .isEqualTo("/login?error");
        assertThat(SignIn.attempt(mvc, "", "", null, address).redirect()).isEqualTo("/login?error");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Cookie session = SignIn.session(mvc, "observer", DemoUsers.PASSWORD);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/profile").cookie(session)).andExpect(status().is3xxRedirection());
    }

    private String lastAction(String actor) {
        return jdbc.sql("select action from audit_entry where actor = ? order by id desc limit 1").param(actor)
                .query(String.class).single();
    }
}
