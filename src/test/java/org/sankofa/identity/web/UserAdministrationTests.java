package org.sankofa.identity.web;

import org.junit.jupiter.api.Test;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SankofaTest
class UserAdministrationTests {

    private static final String PASSWORD = "initial-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser admin() {
        return users.findByUsername("admin").orElseThrow();
    }

    /** The demo administrator, with another language chosen. */
    private CurrentUser adminSpeaking(String locale) {
        CurrentUser admin = admin();
        return new CurrentUser(admin.id(), admin.getUsername(), admin.displayName(), admin.organisationId(),
                admin.officeId(), locale, admin.grants(), true, false, false, "n/a");
    }

    private Office dakar() {
        return directory.officeByCode("SN-DKR").orElseThrow();
    }

    private MockHttpServletRequestBuilder createForm(String username, String... overrides) {
        Office office = dakar();
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("username", username);
        values.put("displayName", "Mariama Test");
        values.put("email", "mariama@example.org");
        values.put("password", PASSWORD);
        values.put("organisationId", String.valueOf(office.organisationId().value()));
        values.put("officeId", String.valueOf(office.id().value()));
        values.put("locale", "fr");
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        var request = post("/admin/users").with(user(admin())).with(csrf()).param("roles", "CASE_WORKER");
        values.forEach(request::param);
        return request;
    }

    @Test
    void administratorSeesEveryUserWithRolesAndStatus() throws Exception {
        mvc.perform(get("/admin/users").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("caseworker.dakar")))
                .andExpect(content().string(containsString("IOM Dakar")))
                .andExpect(content().string(containsString("International Organization for Migration")))
                .andExpect(content().string(containsString("Case supervisor")))
                .andExpect(content().string(containsString("Two-step sign-in off")));
    }

    @Test
    void otherRolesMayNotAdministerUsers() throws Exception {
        CurrentUser supervisor = users.findByUsername("supervisor.dakar").orElseThrow();
        mvc.perform(get("/admin/users").with(user(supervisor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(user(supervisor))).andExpect(status().isForbidden());
        mvc.perform(createForm(SignIn.uniqueUsername("nope")).with(user(supervisor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(supervisor))).andExpect(status().isForbidden());
    }

    @Test
    void administratorCreatesAUserWithOfficeRolesAndAudit() throws Exception {
        String username = SignIn.uniqueUsername("new");
        mvc.perform(get("/admin/users/new").with(user(admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("IOM Dakar (SN-DKR)")));

        mvc.perform(createForm(username)).andExpect(status().is3xxRedirection());

        CurrentUser created = users.findByUsername(username).orElseThrow();
        assertThat(created.officeId()).isEqualTo(dakar().id().value());
        assertThat(created.locale()).isEqualTo("fr");
        assertThat(created.roles()).containsExactly(Role.CASE_WORKER);
        assertThat(jdbc.sql("select details from audit_entry where action = 'USER_CREATED' and target_id = ?")
                .param(String.valueOf(created.id())).query(String.class).single())
                .startsWith("fields=username,display_name,email,password,").doesNotContain("mariama");
        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, SignIn.uniqueAddress()).redirect()).isEqualTo("/");
    }

    @Test
    void coordinatorsAreCreatedWithTheirScope() throws Exception {
        String national = SignIn.uniqueUsername("nat");
        mvc.perform(createForm(national).param("roles", "NATIONAL_COORDINATOR").param("scopeCountry", "GN"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findByUsername(national).orElseThrow().grants()).containsExactlyInAnyOrder(
                RoleGrant.of(Role.CASE_WORKER), new RoleGrant(Role.NATIONAL_COORDINATOR, "GN", null));

        String regional = SignIn.uniqueUsername("reg");
        mvc.perform(createForm(regional).param("roles", "REGIONAL_COORDINATOR").param("scopeCommunity", "ECOWAS")
                        .param("scopeCountry", "SN"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findByUsername(regional).orElseThrow().grants()).containsExactlyInAnyOrder(
                RoleGrant.of(Role.CASE_WORKER), new RoleGrant(Role.REGIONAL_COORDINATOR, null, "ECOWAS"));
    }

    @Test
    void invalidNewUserIsShownAgainWithAMessagePerFieldAndNothingIsStored() throws Exception {
        Office otherOrganisationsOffice = directory.officeByCode("ML-CNC").orElseThrow();
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", "Not Valid!").param("displayName", " ").param("email", "nope")
                        .param("password", "short").param("locale", "de")
                        .param("organisationId", String.valueOf(dakar().organisationId().value()))
                        .param("officeId", String.valueOf(otherOrganisationsOffice.id().value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Use 2 to 60 characters")))
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("This is not a valid e-mail address.")))
                .andExpect(content().string(containsString("at least 12 characters.")))
                .andExpect(content().string(containsString("Choose English, French or Portuguese.")))
                .andExpect(content().string(containsString("Choose an office of the chosen organisation.")))
                .andExpect(content().string(containsString("Choose at least one role.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("aria-describedby=\"password-error password-hint\"")))
                .andExpect(content().string(not(containsString("value=\"short\""))));

        String username = SignIn.uniqueUsername("bad");
        mvc.perform(createForm(username).param("roles", "NATIONAL_COORDINATOR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A national coordinator needs the country")));
        mvc.perform(createForm(username).param("roles", "REGIONAL_COORDINATOR").param("scopeCommunity", "NOPE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A regional coordinator needs the regional community")));
        mvc.perform(createForm(username, "organisationId", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This value does not have the expected format.")));
        mvc.perform(createForm(username).param("roles", "EMPEROR"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(createForm(username, "organisationId", "999999999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This organisation does not exist.")));
        mvc.perform(createForm("caseworker.dakar"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This username is already in use.")));

        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void validationMessagesComeInTheAdministratorsLanguage() throws Exception {
        for (var expected : new String[][] {{"fr", "Le mot de passe doit comporter au moins 12 caractères."},
                {"pt", "A palavra-passe deve ter pelo menos 12 caracteres."},
                {"en", "The password must have at least 12 characters."}}) {
            mvc.perform(createForm(SignIn.uniqueUsername("lang"), "password", "short")
                            .with(user(adminSpeaking(expected[0]))))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString(expected[1])));
        }
    }

    @Test
    void administratorChangesRolesOfficeAndStatusAndTheChangeIsAudited() throws Exception {
        String username = SignIn.uniqueUsername("edit");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.CASE_WORKER));
        Office conakry = directory.officeByCode("GN-CKY").orElseThrow();
        mvc.perform(get("/admin/users/" + id).with(user(admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-confirm=")));

        mvc.perform(post("/admin/users/" + id).with(user(admin())).with(csrf()).param("version", "0")
                        .param("organisationId", String.valueOf(conakry.organisationId().value()))
                        .param("officeId", String.valueOf(conakry.id().value()))
                        .param("roles", "CASE_SUPERVISOR").param("roles", "EVENT_ORGANISER"))
                .andExpect(status().is3xxRedirection());

        CurrentUser changed = users.findByUsername(username).orElseThrow();
        assertThat(changed.roles()).containsExactly(Role.CASE_SUPERVISOR, Role.EVENT_ORGANISER);
        assertThat(changed.officeId()).isEqualTo(conakry.id().value());
        assertThat(changed.isEnabled()).isFalse();
        assertThat(jdbc.sql("select details from audit_entry where action = 'USER_UPDATED' and target_id = ?")
                .param(String.valueOf(id)).query(String.class).single())
                .isEqualTo("fields=organisation,office,enabled,roles");
        assertThat(SignIn.attempt(mvc, username, PASSWORD, null, SignIn.uniqueAddress()).redirect())
                .isEqualTo("/login?error");

        mvc.perform(post("/admin/users/" + id).with(user(admin())).with(csrf()).param("version", "0")
                        .param("organisationId", String.valueOf(conakry.organisationId().value()))
                        .param("roles", "OBSERVER").param("enabled", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this record")));
        assertThat(users.findByUsername(username).orElseThrow().roles())
                .containsExactly(Role.CASE_SUPERVISOR, Role.EVENT_ORGANISER);
    }

    @Test
    void changingRolesEndsThePersonsSessions() throws Exception {
        String username = SignIn.uniqueUsername("sess");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        var session = SignIn.session(mvc, username, PASSWORD);
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
        Office dakar = dakar();

        mvc.perform(post("/admin/users/" + id).with(user(admin())).with(csrf()).param("version", "0")
                        .param("organisationId", String.valueOf(dakar.organisationId().value()))
                        .param("roles", "ME_OFFICER").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/profile").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleNorDisableThemselves() throws Exception {
        CurrentUser admin = admin();
        int version = jdbc.sql("select version from app_user where id = ?").param(admin.id()).query(Integer.class)
                .single();
        mvc.perform(post("/admin/users/" + admin.id()).with(user(admin)).with(csrf()).param("version", "" + version)
                        .param("organisationId", String.valueOf(admin.organisationId()))
                        .param("roles", "OBSERVER").param("enabled", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You cannot disable your own account")));
        mvc.perform(post("/admin/users/" + admin.id()).with(user(admin)).with(csrf()).param("version", "" + version)
                        .param("organisationId", String.valueOf(admin.organisationId()))
                        .param("roles", "ADMINISTRATOR"))
                .andExpect(status().isUnprocessableContent());
        assertThat(users.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void administratorResetsASecondFactor() throws Exception {
        String username = SignIn.uniqueUsername("reset");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        jdbc.sql("update app_user set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_enabled = true where id = ?")
                .param(id).update();
        mvc.perform(get("/admin/users/" + id).with(user(admin())))
                .andExpect(content().string(containsString("id=\"reset-totp-form\"")));

        mvc.perform(post("/admin/users/" + id + "/reset-second-factor").with(user(admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select totp_enabled or totp_secret is not null from app_user where id = ?").param(id)
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'USER_SECOND_FACTOR_RESET' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void unknownOrMalformedUserIdsAreNotFoundOrBadRequests() throws Exception {
        mvc.perform(get("/admin/users/999999999").with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/abc").with(user(admin()))).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/999999999/unlock").with(user(admin())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999999").with(user(admin())).with(csrf()).param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void usersApiListsAndCreatesAccountsForAdministratorsOnly() throws Exception {
        String adminToken = Tokens.of(mvc, "admin");
        String observerToken = Tokens.of(mvc, "observer");
        Office dakar = dakar();

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'caseworker.dakar')].office").value("IOM Dakar"));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + observerToken))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String username = SignIn.uniqueUsername("api-new");
        String body = """
                {"username":"%s","displayName":"Kwame Test","password":"%s","organisationId":%d,"officeId":%d,
                 "locale":"pt","roles":[{"role":"NATIONAL_COORDINATOR","scopeCountry":"sn"}]}"""
                .formatted(username, PASSWORD, dakar.organisationId().value(), dakar.id().value());
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + observerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        assertThat(users.findByUsername(username)).isEmpty();

        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0].scopeCountry").value("SN"))
                .andExpect(jsonPath("$.password").doesNotExist());
        assertThat(users.findByUsername(username).orElseThrow().locale()).isEqualTo("pt");
    }

    @Test
    void badInputOnTheUsersApiIsAProblemAndNothingIsStored() throws Exception {
        String adminToken = Tokens.of(mvc, "admin");
        String username = SignIn.uniqueUsername("api-bad");
        long before = jdbc.sql("select count(*) from app_user").query(Long.class).single();

        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"short\",\"roles\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.password").value("The password must have at least 12 characters."))
                .andExpect(jsonPath("$.errors.displayName").exists())
                .andExpect(jsonPath("$.errors.organisationId").exists())
                .andExpect(jsonPath("$.errors.roles").value("Choose at least one role."));
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
                        .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"roles\":[{\"role\":\"EMPEROR\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("[1,2"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + "u".repeat(61) + "\",\"roles\":[null]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.username").exists());

        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(before);
    }
}
