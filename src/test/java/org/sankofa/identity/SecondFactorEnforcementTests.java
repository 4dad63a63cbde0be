package org.sankofa.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outside demo mode (production settings, with no demo world): supervisors and administrators must set up a second
 * factor before anything else, and the first administrator comes from configuration.
 */
@ProductionSettings
class SecondFactorEnforcementTests {

    private static final String PASSWORD = "supervisor-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstAdministratorIsCreatedFromConfigurationAndAudited() {
        CurrentUser admin = users.findByUsername("first.admin").orElseThrow();

        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(users.findByUsername("admin")).as("no demo world outside demo mode").isEmpty();
        assertThat(jdbc.sql("select details from audit_entry where action = 'USER_CREATED' and target_id = ?")
                .param(String.valueOf(admin.id())).query(String.class).single())
                .isEqualTo("fields=username,display_name,password,roles;source=configuration");
        assertThat(jdbc.sql("select count(*) from audit_entry where details like '%correct-horse%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSupervisorWithoutSecondFactorIsSentToEnrolmentFromEveryPage() throws Exception {
        String username = SignIn.uniqueUsername("sup");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_SUPERVISOR));
        Cookie session = SignIn.session(mvc, username, PASSWORD);

        for (String page : new String[] {"/", "/profile", "/directory/organisations", "/admin/users", "/no-such-page"}) {
            mvc.perform(get(page).cookie(session)).andExpect(redirectedUrl("/profile/totp"));
        }
        mvc.perform(post("/profile/tokens").cookie(session).with(csrf()).param("name", "x"))
                .andExpect(redirectedUrl("/profile/totp"));
        mvc.perform(get("/profile/totp").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aSupervisorWithoutSecondFactorIsRefusedATokenWith403() throws Exception {
        String username = SignIn.uniqueUsername("supapi");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_SUPERVISOR));

        mvc.perform(post("/api/v1/tokens").with(SignIn.from(SignIn.uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Your role requires two-step sign-in: set it up on your profile page before using the API."));
        assertThat(jdbc.sql("select count(*) from api_token t join app_user u on u.id = t.user_id where u.username = ?")
                .param(username).query(Long.class).single()).isZero();
    }

    @Test
    void afterEnrolmentTheSupervisorReachesThePagesAndMayHaveATokenWithACode() throws Exception {
        String username = SignIn.uniqueUsername("supok");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_SUPERVISOR));
        Cookie session = SignIn.session(mvc, username, PASSWORD);
        mvc.perform(get("/profile/totp").cookie(session)).andExpect(status().isOk());
        String secret = jdbc.sql("select totp_secret from app_user where id = ?").param(id).query(String.class).single();
        mvc.perform(post("/profile/totp").cookie(session).with(csrf()).param("code", SignIn.totp(secret)))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/tokens").with(SignIn.from(SignIn.uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"totp\":\""
                                + SignIn.nextTotp(secret) + "\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theFirstAdministratorMustEnrolToo() throws Exception {
        Cookie session = SignIn.session(mvc, "first.admin", "correct-horse-battery-staple");
        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/profile/totp"));
    }

    @Test
    void aCaseWorkerIsNotForcedToEnrol() throws Exception {
        String username = SignIn.uniqueUsername("cw");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        Cookie session = SignIn.session(mvc, username, PASSWORD);
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
    }
}
