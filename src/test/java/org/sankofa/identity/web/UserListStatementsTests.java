package org.sankofa.identity.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of accounts (page and API) and the account form name organisations and offices without a query per row:
 * they send as many statements with three more organisations, offices and accounts as without them.
 */
@SankofaTest
class UserListStatementsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    Directory directory;

    @Test
    void theListOfAccountsAndTheAccountFormCostTheSameStatementsHoweverManyRowsTheyShow() throws Exception {
        CurrentUser admin = users.findByUsername("admin").orElseThrow();
        String bearer = Tokens.bearer(mvc, "admin");
        RequestBuilder page = get("/admin/users").with(user(admin));
        RequestBuilder api = get("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer);
        RequestBuilder form = get("/admin/users/new").with(user(admin));
        statements(api); // the first use of a token records it (last use, audit): not part of the list
        int pageBefore = warmStatements(page);
        int apiBefore = warmStatements(api);
        int formBefore = warmStatements(form);

        for (int i = 0; i < 3; i++) {
            String username = SignIn.uniqueUsername("rows");
            Organisation organisation = directory.create(new NewOrganisation("Statements NGO " + username, null,
                    OrganisationType.NGO, "SN", null), "test");
            String code = "SN-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
            Office office = directory.create(new NewOffice(organisation.id(), code, "Office " + code, "SN", "Thiès"),
                    "test");
            users.create(new NewUser(username, "Test " + username, null, "a-long-test-password",
                    organisation.id().value(), office.id().value(), "en", Set.of(RoleGrant.of(Role.OBSERVER))));
        }

        assertThat(pageBefore).isPositive();
        assertThat(warmStatements(page)).as("GET /admin/users").isEqualTo(pageBefore);
        assertThat(warmStatements(api)).as("GET /api/v1/users").isEqualTo(apiBefore);
        assertThat(warmStatements(form)).as("GET /admin/users/new").isEqualTo(formBefore);
    }

    /**
     * The statements of a request asked a second time: offices are kept in memory once read (one query for all those
     * not yet known), so the first request after new offices costs one more statement, whatever their number.
     */
    private int warmStatements(RequestBuilder request) throws Exception {
        statements(request);
        return statements(request);
    }

    private int statements(RequestBuilder request) throws Exception {
        return SqlStatements.count(() -> mvc.perform(request).andExpect(status().isOk()));
    }
}
