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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
                .andExpect(content().string(containsString("Sign-in did not succeed")));
        assertThat(lastAction(username)).isEqualTo("LOGIN_FAILED");
    }

    @Test
    void unauthenticatedPageRequestIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/profile"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void failuresToAnAccountFromOneAddressMakeItWaitThereButTheRightPasswordStillWorksFromElsewhere() throws Exception {
        String username = SignIn.uniqueUsername("wait");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        String attacker = SignIn.uniqueAddress();

        for (int i = 0; i < 6; i++) {
            assertThat(SignIn.attempt(mvc, username, "wrong-" + i, null, attacker).redirect())
                    .as("failure %d is checked", i + 1).isEqualTo("/login?error");
        }
        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, attacker).redirect())
                .as("after the sixth failure the next attempt from there must wait, even with the right password")
                .isEqualTo("/login?error");
        assertThat(jdbc.sql("select details from audit_entry where actor = ? and action = 'LOGIN_FAILED'")
                .param(username).query(String.class).list())
                .as("the attempt refused for waiting checked nothing and is not a failure")
                .hasSize(6).containsOnly("reason=bad-credentials");

        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, SignIn.uniqueAddress()).redirect())
                .as("the person signs in from another place: nobody can lock them out").isEqualTo("/");
        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, attacker).redirect())
                .as("still waiting where the failures came from").isEqualTo("/login?error");
    }

    @Test
    void theRightPasswordFromTheSameAddressBeforeTheWaitForgetsTheFailures() throws Exception {
        String username = SignIn.uniqueUsername("typo");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        String address = SignIn.uniqueAddress();
        for (int i = 0; i < 4; i++) {
            SignIn.attempt(mvc, username, "typo-" + i, null, address);
        }

        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, address).redirect()).isEqualTo("/");

        for (int i = 0; i < 5; i++) {
            assertThat(SignIn.attempt(mvc, username, "typo-again-" + i, null, address).redirect())
                    .isEqualTo("/login?error");
        }
        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, address).redirect())
                .as("five failures after the sign-in are again free: the earlier four were forgotten").isEqualTo("/");
    }

    @Test
    void anAddressMustWaitAfterTooManyFailuresWhateverTheAccount() throws Exception {
        String address = "192.0.2.66";
        for (int i = 0; i < 21; i++) {
            SignIn.attempt(mvc, "nobody-" + i, "guess-" + i, null, address);
        }

        assertThat(SignIn.attempt(mvc, "observer", DemoUsers.PASSWORD, null, address).redirect())
                .isEqualTo("/login?error");
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("too many failed attempts")));
        mvc.perform(post("/api/v1/tokens").with(SignIn.from(address)).contentType("application/json")
                        .content("{\"username\":\"observer\",\"password\":\"" + DemoUsers.PASSWORD + "\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(SignIn.attempt(mvc, "observer", DemoUsers.PASSWORD, null, SignIn.uniqueAddress()).redirect())
                .isEqualTo("/");
    }

    @Test
    void aDisabledAccountIsRefusedWithTheSameAnswerEvenWithTheRightPassword() throws Exception {
        String username = SignIn.uniqueUsername("off");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        jdbc.sql("update app_user set enabled = false where id = ?").param(id).update();

        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, SignIn.uniqueAddress()).redirect())
                .isEqualTo("/login?error");
        assertThat(jdbc.sql("select details from audit_entry where actor = ? and action = 'LOGIN_FAILED'")
                .param(username).query(String.class).single()).isEqualTo("reason=disabled");
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
