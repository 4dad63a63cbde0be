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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SankofaTest
class SessionTimeoutTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sessionsAreKeptInPostgresqlWithAThirtyMinuteIdleTimeout() throws Exception {
        SignIn.session(mvc, "mne", DemoUsers.PASSWORD);

        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'mne'")
                .query(Integer.class).list()).isNotEmpty().allMatch(seconds -> seconds == 30 * 60);
    }

    @Test
    void aSignedInSessionKeepsItsSignInTimeForItsLongestLifetime() throws Exception {
        Cookie session = SignIn.session(mvc, "observer", DemoUsers.PASSWORD);
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());

        assertThat(jdbc.sql("""
                select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                 where s.principal_name = 'observer' and a.attribute_name = 'sankofa.signedInAt'""")
                .query(Integer.class).single()).as("SessionLifetimeFilter is in the pages' chain").isPositive();
    }

    @Test
    void aRequestAfterTheIdleTimeoutIsSentToTheLoginPage() throws Exception {
        Cookie session = SignIn.session(mvc, "organiser", DemoUsers.PASSWORD);
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());

        long thirtyOneMinutes = 31 * 60 * 1000L;
        int aged = jdbc.sql("""
                update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?
                 where principal_name = 'organiser'""")
                .params(thirtyOneMinutes, thirtyOneMinutes).update();
        assertThat(aged).isPositive();

        var expired = mvc.perform(get("/profile").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"))
                .andReturn().getResponse();

        // What a browser does next: follow the redirect with whatever cookie it holds now (no redirect loop).
        Cookie next = expired.getCookie("SESSION") != null ? expired.getCookie("SESSION") : session;
        mvc.perform(get("/login").param("expired", "").cookie(next))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your session ended after a period without activity")));
    }
}
