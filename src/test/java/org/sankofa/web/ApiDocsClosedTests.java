package org.sankofa.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.ProductionSettings;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outside demo mode (the default with an external database) the API description and Swagger UI are not readable
 * without signing in; a signed-in person or a personal access token still reads them. Production settings, shared
 * with the other tests that need them in one application context.
 */
@ProductionSettings
class ApiDocsClosedTests {

    private static final String PASSWORD = "api-docs-reader-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Test
    void theApiDescriptionNeedsASignedInPersonOrAToken() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
                "/swagger-ui/index.html"}) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
        }

        String username = SignIn.uniqueUsername("docs");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        String token = Tokens.issue(mvc, username, PASSWORD).get("token").asString();
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases']").exists());
        Cookie session = SignIn.session(mvc, username, PASSWORD);
        mvc.perform(get("/v3/api-docs").cookie(session)).andExpect(status().isOk());
    }
}
