package org.sankofa.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.database.DemoMode;
import org.sankofa.identity.Colleague;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.MailRecipient;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.UserAccounts;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    private static final String PASSWORD = "s3cret-enough-for-admin";

    private final Accounts users = new Accounts();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final AuditLog auditLog = audit::add;

    @Test
    void createsTheConfiguredAdministratorOnceWithoutLoggingThePassword(CapturedOutput output) throws Exception {
        FirstAdministrator step = step(false, "Root", PASSWORD);

        step.run(new DefaultApplicationArguments());
        step.run(new DefaultApplicationArguments());

        assertThat(users.created).hasSize(1);
        NewUser created = users.created.get(0);
        assertThat(created.username()).isEqualTo("root");
        assertThat(created.grants()).extracting(g -> g.role()).containsExactly(Role.ADMINISTRATOR);
        assertThat(audit).extracting(AuditEvent::action).containsExactly("USER_CREATED");
        assertThat(output).contains("First administrator 'root' created").doesNotContain(PASSWORD);
    }

    @Test
    void refusesToStartWithAPasswordShorterThanTwelveCharacters() {
        assertThatThrownBy(() -> step(false, "root", "short-pass"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 12 characters")
                .hasMessageNotContaining("short-pass");
        assertThat(users.created).isEmpty();
    }

    @Test
    void refusesToStartWithAUsernameWithoutPasswordOrAnInvalidUsername() {
        assertThatThrownBy(() -> step(false, "root", "")).hasMessageContaining("must be set together");
        assertThatThrownBy(() -> step(false, "", PASSWORD)).hasMessageContaining("must be set together");
        assertThatThrownBy(() -> step(false, "not valid!", PASSWORD)).hasMessageContaining("sankofa.admin.username");
    }

    @Test
    void warnsHowToCreateOneWhenThereIsNoAdministratorOutsideDemoMode(CapturedOutput output) throws Exception {
        step(false, "", "").run(new DefaultApplicationArguments());

        assertThat(output).contains("No administrator exists").contains("SANKOFA_ADMIN_USERNAME")
                .contains("SANKOFA_ADMIN_PASSWORD").contains("--sankofa.admin.username=");
        assertThat(users.created).isEmpty();
    }

    @Test
    void staysQuietInDemoModeOrWhenAnAdministratorExists(CapturedOutput output) throws Exception {
        step(true, "", "").run(new DefaultApplicationArguments());
        users.administrator = true;
        step(false, "", "").run(new DefaultApplicationArguments());

        assertThat(output).doesNotContain("No administrator exists");
    }

    private FirstAdministrator step(boolean demo, String username, String password) {
        return new FirstAdministrator(users, auditLog, new DemoMode(demo, true),
                new TransactionTemplate(new NoTransactions()), username, password);
    }

    static final class Accounts implements UserAccounts {
        final List<NewUser> created = new ArrayList<>();
        final Map<String, CurrentUser> byName = new HashMap<>();
        boolean administrator;

        @Override
        public long create(NewUser user) {
            created.add(user);
            byName.put(user.username(), new CurrentUser(created.size(), user.username(), user.displayName(), null,
                    null, "en", user.grants(), true, false, false, "hash"));
            administrator = true;
            return created.size();
        }

        @Override
        public Optional<CurrentUser> findByUsername(String username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public boolean anyAdministrator() {
            return administrator;
        }

        @Override
        public void changeLocale(long userId, String locale) {
        }

        @Override
        public Map<Long, Colleague> colleagues(Collection<Long> userIds) {
            return Map.of();
        }

        @Override
        public Map<String, Colleague> colleaguesByUsername(Collection<String> usernames) {
            return Map.of();
        }

        @Override
        public List<MailRecipient> mailRecipients(long officeId, Role role) {
            return List.of();
        }
    }

    static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
