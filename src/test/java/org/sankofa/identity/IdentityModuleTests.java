package org.sankofa.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationType;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity on its own (with the directory, the audit log and the database it depends on, and no demo world): how
 * accounts are kept, and the lookups other modules use instead of its tables.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class IdentityModuleTests {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    UserAccounts users;
    @Autowired
    Directory directory;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    private long account(String username, Long officeId, String email, RoleGrant... grants) {
        return users.create(new NewUser(username, "Name of " + username, email, PASSWORD, null, officeId, "fr",
                Set.of(grants)));
    }

    private Office office() {
        Organisation organisation = directory.create(new NewOrganisation("Identity NGO " + UUID.randomUUID(), null,
                OrganisationType.NGO, "SN", null), "test");
        String code = "SN-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        return directory.create(new NewOffice(organisation.id(), code, "Office " + code, "SN", "Dakar"), "test");
    }

    @Test
    void anAccountIsFoundByItsUsernameInAnyCaseAndKeepsOnlyAHashOfItsPassword() {
        String username = SignIn.uniqueUsername("Mixed.Case");
        long id = account(username, null, null, new RoleGrant(Role.NATIONAL_COORDINATOR, "ML", null),
                RoleGrant.of(Role.ME_OFFICER));

        CurrentUser found = users.findByUsername(username.toUpperCase(Locale.ROOT)).orElseThrow();

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.getUsername()).isEqualTo(username.toLowerCase(Locale.ROOT));
        assertThat(found.locale()).isEqualTo("fr");
        assertThat(found.grants()).containsExactlyInAnyOrder(new RoleGrant(Role.NATIONAL_COORDINATOR, "ML", null),
                RoleGrant.of(Role.ME_OFFICER));
        assertThat(found.hasAnyRole(Roles.COORDINATOR_ROLES)).isTrue();
        assertThat(found.hasAnyRole(Roles.ADMINISTRATOR_ROLES)).isFalse();
        assertThat(found.getPassword()).isNotEqualTo(PASSWORD).doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, found.getPassword())).isTrue();
        assertThat(users.findByUsername(null)).isEmpty();
    }

    @Test
    void thereIsAnAdministratorOnceSomeoneHoldsTheRole() {
        account(SignIn.uniqueUsername("root"), null, null, RoleGrant.of(Role.ADMINISTRATOR));

        assertThat(users.anyAdministrator()).isTrue();
    }

    @Test
    void theLanguageChosenIsRemembered() {
        String username = SignIn.uniqueUsername("speaker");
        long id = account(username, null, null, RoleGrant.of(Role.OBSERVER));

        users.changeLocale(id, "pt");

        assertThat(users.findByUsername(username).orElseThrow().locale()).isEqualTo("pt");
    }

    @Test
    void colleaguesAreLookedUpInOneQueryLeavingUnknownOnesOut() throws Exception {
        Office office = office();
        String first = SignIn.uniqueUsername("colleague");
        String second = SignIn.uniqueUsername("colleague");
        long firstId = account(first, office.id().value(), null, RoleGrant.of(Role.CASE_WORKER));
        long secondId = account(second, null, null, RoleGrant.of(Role.OBSERVER));
        AtomicReference<Map<Long, Colleague>> byId = new AtomicReference<>();
        AtomicReference<Map<String, Colleague>> byUsername = new AtomicReference<>();

        assertThat(SqlStatements.count(() -> byId.set(users.colleagues(
                Arrays.asList(firstId, secondId, firstId, Long.MAX_VALUE, null))))).isEqualTo(1);
        assertThat(SqlStatements.count(() -> byUsername.set(users.colleaguesByUsername(
                Arrays.asList(first, second, "nobody-" + UUID.randomUUID(), null))))).isEqualTo(1);

        Colleague expected = new Colleague(firstId, first, "Name of " + first, office.id().value());
        assertThat(byId.get()).containsOnlyKeys(firstId, secondId).containsEntry(firstId, expected);
        assertThat(byId.get().get(secondId).officeId()).isNull();
        assertThat(byUsername.get()).containsOnlyKeys(first, second).containsEntry(first, expected);
    }

    @Test
    void noColleaguesAreAskedForWithoutAQuery() throws Exception {
        assertThat(SqlStatements.count(() -> {
            assertThat(users.colleagues(List.of())).isEmpty();
            assertThat(users.colleagues(Arrays.asList((Long) null))).isEmpty();
            assertThat(users.colleaguesByUsername(List.of())).isEmpty();
        })).isZero();
    }

    @Test
    void mailGoesToTheEnabledPeopleOfTheOfficeWhoHoldTheRoleAndHaveAnAddress() {
        Office office = office();
        long office2 = office().id().value();
        long here = office.id().value();
        account(SignIn.uniqueUsername("sup-b"), here, "b.supervisor@example.org",
                RoleGrant.of(Role.CASE_SUPERVISOR), RoleGrant.of(Role.CASE_WORKER));
        account(SignIn.uniqueUsername("sup-a"), here, "a.supervisor@example.org", RoleGrant.of(Role.CASE_SUPERVISOR));
        account(SignIn.uniqueUsername("sup-none"), here, null, RoleGrant.of(Role.CASE_SUPERVISOR));
        account(SignIn.uniqueUsername("worker"), here, "worker@example.org", RoleGrant.of(Role.CASE_WORKER));
        account(SignIn.uniqueUsername("sup-elsewhere"), office2, "elsewhere@example.org",
                RoleGrant.of(Role.CASE_SUPERVISOR));
        long disabled = account(SignIn.uniqueUsername("sup-off"), here, "off@example.org",
                RoleGrant.of(Role.CASE_SUPERVISOR));
        jdbc.sql("update app_user set enabled = false where id = ?").param(disabled).update();

        assertThat(users.mailRecipients(here, Role.CASE_SUPERVISOR)).containsExactly(
                new MailRecipient("a.supervisor@example.org", "fr"), new MailRecipient("b.supervisor@example.org", "fr"));
        assertThat(users.mailRecipients(here, Role.PARTNER)).isEmpty();
    }
}
