package org.sankofa.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SankofaTest
class SecondFactorTests {

    private static final String PASSWORD = "another-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterEnrolmentSignInNeedsTheCurrentCode() throws Exception {
        String username = SignIn.uniqueUsername("totp");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.ME_OFFICER));
        Cookie session = SignIn.session(mvc, username, PASSWORD);

        String page = mvc.perform(get("/profile/totp").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String secret = jdbc.sql("select totp_secret from app_user where id = ?").param(id).query(String.class).single();
        assertThat(page).contains(secret).contains("data:image/png;base64,");

        mvc.perform(post("/profile/totp").cookie(session).with(csrf()).param("code", SignIn.totp(secret)))
                .andExpect(redirectedUrl("/profile"));
        assertThat(jdbc.sql("select totp_enabled from app_user where id = ?").param(id).query(Boolean.class).single())
                .isTrue();

        String address = SignIn.uniqueAddress();
        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, address).redirect())
                .as("a missing code gets the answer of any other failure: the password is not confirmed")
                .isEqualTo("/login?error");
        assertThat(SignIn.attempt(mvc, username, PASSWORD, "000000".equals(SignIn.totp(secret)) ? "111111" : "000000",
                address).redirect()).isEqualTo("/login?error");
        String code = SignIn.nextTotp(secret);
        assertThat(SignIn.attempt(mvc, username, PASSWORD, code, address).redirect()).isEqualTo("/");
        assertThat(SignIn.attempt(mvc, username, PASSWORD, code, SignIn.uniqueAddress()).redirect())
                .as("a code is accepted once: the same code again, even from elsewhere, is refused")
                .isEqualTo("/login?error");
        assertThat(SignIn.attempt(mvc, username, PASSWORD, SignIn.totp(secret), SignIn.uniqueAddress()).redirect())
                .as("and so is the code of an earlier step, still within the allowed drift")
                .isEqualTo("/login?error");
        assertThat(jdbc.sql("select action from audit_entry where actor = ? order by id").param(username)
                .query(String.class).list()).contains("TOTP_ENABLED", "LOGIN_FAILED", "LOGIN");
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'LOGIN'").param(username)
                .query(Integer.class).single()).as("the sign-in before enrolment and one with the code: the replays were refused")
                .isEqualTo(2);
        assertThat(jdbc.sql("select details from audit_entry where actor = ? and action = 'LOGIN_FAILED'")
                .param(username).query(String.class).list()).containsOnly("reason=second-factor");
    }

    @Test
    void aWrongEnrolmentCodeIsRefusedWithAMessageAndNothingIsEnabled() throws Exception {
        String username = SignIn.uniqueUsername("totpbad");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.ME_OFFICER));
        Cookie session = SignIn.session(mvc, username, PASSWORD);
        mvc.perform(get("/profile/totp").cookie(session)).andExpect(status().isOk());
        String secret = jdbc.sql("select totp_secret from app_user where id = ?").param(id).query(String.class).single();

        for (String code : new String[] {"", "abc", "12345", "1234567", "9".repeat(500)}) {
            mvc.perform(post("/profile/totp").cookie(session).with(csrf()).param("code", code))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("That code is not right")))
                    .andExpect(content().string(containsString(secret)));
        }
        assertThat(jdbc.sql("select totp_enabled from app_user where id = ?").param(id).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void turningTheSecondFactorOffNeedsACurrentCode() throws Exception {
        String username = SignIn.uniqueUsername("totpoff");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        Cookie session = SignIn.session(mvc, username, PASSWORD);
        mvc.perform(get("/profile/totp").cookie(session)).andExpect(status().isOk());
        String secret = jdbc.sql("select totp_secret from app_user where id = ?").param(id).query(String.class).single();
        mvc.perform(post("/profile/totp").cookie(session).with(csrf()).param("code", SignIn.totp(secret)))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(post("/profile/totp/disable").cookie(session).with(csrf()).param("code", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Two-step sign-in stays on")));
        assertThat(jdbc.sql("select totp_enabled from app_user where id = ?").param(id).query(Boolean.class).single())
                .isTrue();

        mvc.perform(post("/profile/totp/disable").cookie(session).with(csrf()).param("code", SignIn.nextTotp(secret)))
                .andExpect(redirectedUrl("/profile"));
        assertThat(jdbc.sql("select totp_enabled from app_user where id = ?").param(id).query(Boolean.class).single())
                .isFalse();
    }
}
