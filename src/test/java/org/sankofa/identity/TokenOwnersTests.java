package org.sankofa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.sankofa.identity.internal.UserAdministration;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * An API token's owner is kept in memory between calls (three statements fewer per call), and whatever decides what
 * the token may do takes effect on the next call: revoked, the account disabled or its roles changed by an
 * administrator — and, through the database's announcement, a change made elsewhere (another node, an
 * administrator's SQL).
 */
@SankofaTest
class TokenOwnersTests {

    private static final String PASSWORD = "owners-test-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokensOwnerIsReadOnceAndThenKeptUntilSomethingChanges() throws Exception {
        Account account = account();
        me(account.token()); // the first use is recorded: not part of the comparison
        int kept = SqlStatements.count(() -> me(account.token()));
        // a change made in the database, heard through its announcement: the next call reads the owner again
        jdbc.sql("update app_user set display_name = 'Renamed' where id = ?").param(account.id()).update();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int read;
        while ((read = SqlStatements.count(() -> me(account.token()))) == kept) {
            assertThat(Instant.now()).as("the change is heard").isBefore(deadline);
            Thread.sleep(20);
        }
        assertThat(read).as("read again: the token, the account and its roles").isEqualTo(kept + 3);
        assertThat(SqlStatements.count(() -> me(account.token()))).as("then kept again").isEqualTo(kept);
    }

    @Test
    void aRevokedTokenIsRefusedOnTheVeryNextCall() throws Exception {
        Account account = account();
        me(account.token());
        me(account.token());
        mvc.perform(delete("/api/v1/tokens/{id}", account.tokenId()).header("Authorization", "Bearer "
                + account.token())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + account.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAccountDisabledByAnAdministratorIsRefusedOnTheVeryNextCall() throws Exception {
        Account account = account();
        me(account.token());
        me(account.token());
        change(account, false, Role.OBSERVER);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + account.token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void rolesChangedByAnAdministratorApplyOnTheVeryNextCall() throws Exception {
        Account account = account();
        me(account.token());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + account.token()))
                .andExpect(jsonPath("$.roles[0].role").value("OBSERVER"));
        change(account, true, Role.ME_OFFICER);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + account.token()))
                .andExpect(jsonPath("$.roles[0].role").value("ME_OFFICER"));
    }

    @Test
    void aChangeMadeElsewhereIsHeardThroughTheDatabasesAnnouncement() throws Exception {
        Account account = account();
        me(account.token());
        me(account.token());
        jdbc.sql("update app_user set enabled = false where id = ?").param(account.id()).update();
        untilRefused(mvc, account.token());
    }

    /** Waits (at most 10 s) until the token is refused: an announcement is heard within moments. */
    static void untilRefused(MockMvc mvc, String token) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getStatus() != 401) {
            assertThat(Instant.now()).as("the token is refused once the change is heard").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /** What an administrator changes on the users page: the account enabled or not, and its one role. */
    private void change(Account account, boolean enabled, Role role) {
        CurrentUser admin = users.findByUsername("admin").orElseThrow();
        long organisation = jdbc.sql("select min(id) from organisation").query(Long.class).single();
        administration.change(account.id(), new UserAdministration.AccountChange(administration.detail(account.id())
                .version(), organisation, null, enabled, Set.of(RoleGrant.of(role))), admin);
    }

    private void me(String token) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    private record Account(long id, String token, long tokenId) {
    }

    private Account account() throws Exception {
        String username = SignIn.uniqueUsername("owner");
        long id = SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        JsonNode issued = Tokens.issue(mvc, username, PASSWORD);
        return new Account(id, issued.get("token").asString(), issued.get("id").asLong());
    }
}
