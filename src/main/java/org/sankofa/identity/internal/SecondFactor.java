package org.sankofa.identity.internal;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.database.DemoMode;
import org.sankofa.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting up, checking and removing the time-based second factor of an account. */
@Service
public class SecondFactor {

    private final UserAccountRepository users;
    private final TotpCodes totp;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final DemoMode demoMode;

    SecondFactor(UserAccountRepository users, TotpCodes totp, AuditLog audit, SecurityProperties properties,
            DemoMode demoMode) {
        this.users = users;
        this.totp = totp;
        this.audit = audit;
        this.properties = properties;
        this.demoMode = demoMode;
    }

    public record Enrolment(String secret, String qrDataUri) {
    }

    public boolean enabled(CurrentUser user) {
        return users.findById(user.id()).map(CurrentUser::totpEnabled).orElse(false);
    }

    /** Whether this user must have a second factor (outside demo mode, for the configured roles). */
    public boolean required(CurrentUser user) {
        return !demoMode.enabled() && user.roles().stream().anyMatch(properties.totpRequiredFor()::contains);
    }

    /** A new secret, kept pending until a code made with it is confirmed. */
    @Transactional
    public Enrolment start(CurrentUser user) {
        String secret = totp.newSecret();
        users.storePendingTotpSecret(user.id(), secret);
        return new Enrolment(secret, totp.qrDataUri(secret, user.getUsername()));
    }

    /** The pending enrolment, to show again after a wrong code. */
    public Enrolment pending(CurrentUser user) {
        String secret = users.totpSecret(user.id()).orElse(null);
        return secret == null ? start(user) : new Enrolment(secret, totp.qrDataUri(secret, user.getUsername()));
    }

    @Transactional
    public boolean confirm(CurrentUser user, String code) {
        if (!totp.verify(user.id(), code)) {
            return false;
        }
        users.enableTotp(user.id());
        audit.record(AuditEvent.of(user.getUsername(), "TOTP_ENABLED", "user", user.id(), null));
        return true;
    }

    @Transactional
    public boolean disable(CurrentUser user, String code) {
        if (required(user) || !totp.verify(user.id(), code)) {
            return false;
        }
        users.disableTotp(user.id());
        audit.record(AuditEvent.of(user.getUsername(), "TOTP_DISABLED", "user", user.id(), null));
        return true;
    }

    /** Checks a code for an account that has a second factor (used when issuing tokens through the API). */
    public boolean verify(CurrentUser user, String code) {
        return totp.verify(user.id(), code);
    }
}
