package org.sankofa.identity.internal;

import java.util.Set;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.database.DemoMode;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator from configuration ({@code SANKOFA_ADMIN_USERNAME} and
 * {@code SANKOFA_ADMIN_PASSWORD}, or {@code --sankofa.admin.username=} and {@code --sankofa.admin.password=}) when
 * that account does not exist yet. There is never a default password outside demo mode: without an administrator
 * and without this configuration, start-up warns how to create one. The password is never logged.
 * Runs as a command, after the demo world has loaded (the demo loads when the application has started), so that demo
 * mode still finds its own {@code admin} to decide to load.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String HOW_TO = "No administrator exists and demo mode is off. Create the first administrator by "
            + "starting Sankofa once with the environment variables SANKOFA_ADMIN_USERNAME and SANKOFA_ADMIN_PASSWORD "
            + "(at least " + UserAdministration.MIN_PASSWORD_LENGTH + " characters), or with "
            + "--sankofa.admin.username=<name> --sankofa.admin.password=<password> on the command line.";

    private final UserAccounts users;
    private final AuditLog audit;
    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccounts users, AuditLog audit, DemoMode demoMode, TransactionTemplate transactions,
            @Value("${sankofa.admin.username:}") String username,
            @Value("${sankofa.admin.password:}") String password) {
        this.users = users;
        this.audit = audit;
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.username = UserAccountRepository.normalise(username);
        this.password = password;
        check();
    }

    /** Refuses to start with a configuration that would create a weak or invalid account. */
    private void check() {
        boolean hasUsername = !username.isEmpty();
        boolean hasPassword = !password.isEmpty();
        if (hasUsername != hasPassword) {
            throw new IllegalStateException("sankofa.admin.username and sankofa.admin.password must be set together "
                    + "(SANKOFA_ADMIN_USERNAME and SANKOFA_ADMIN_PASSWORD).");
        }
        if (hasUsername && !UserAdministration.USERNAME.matcher(username).matches()) {
            throw new IllegalStateException("sankofa.admin.username must be 2 to 60 characters: lower-case letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit.");
        }
        if (hasPassword && password.length() < UserAdministration.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("sankofa.admin.password (SANKOFA_ADMIN_PASSWORD) is too short: the first "
                    + "administrator's password must have at least " + UserAdministration.MIN_PASSWORD_LENGTH
                    + " characters. Sankofa did not start.");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!username.isEmpty()) {
            boolean created = Boolean.TRUE.equals(transactions.execute(status -> {
                if (users.findByUsername(username).isPresent()) {
                    return false;
                }
                long id = users.create(new NewUser(username, "Administrator", null, password, null, null, "en",
                        Set.of(RoleGrant.of(Role.ADMINISTRATOR))));
                audit.record(AuditEvent.of(null, "USER_CREATED", "user", id,
                        "fields=username,display_name,password,roles;source=configuration"));
                return true;
            }));
            if (created) {
                log.info("First administrator '{}' created from configuration. Remove SANKOFA_ADMIN_PASSWORD from "
                        + "the configuration now; the administrator must set up two-step sign-in at first sign-in.",
                        username);
            }
            return;
        }
        if (!demoMode.enabled() && !users.anyAdministrator()) {
            log.warn(HOW_TO);
        }
    }
}
