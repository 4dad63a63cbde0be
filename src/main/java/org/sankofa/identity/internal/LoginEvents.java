package org.sankofa.identity.internal;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins towards lockout and throttling, and audits every login and failed login. */
@Component
class LoginEvents {

    private final UserAccountRepository users;
    private final SecurityProperties properties;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginEvents(UserAccountRepository users, SecurityProperties properties, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.properties = properties;
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser user)
                || !(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)) {
            return; // bearer tokens are audited as token use
        }
        users.recordSuccess(user.id());
        audit.record(new AuditEvent(user.getUsername(), "LOGIN", "user", String.valueOf(user.id()), null,
                details.getRemoteAddress()));
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.failed(address);
        String reason = reasonOf(event.getException());
        if (event.getException() instanceof BadCredentialsException && users.recordFailure(username,
                properties.maxFailedLogins(), properties.lockout())) {
            reason = "locked";
        }
        audit.record(new AuditEvent(username.length() > 60 ? username.substring(0, 60) : username, "LOGIN_FAILED",
                "user", null, "reason=" + reason, address));
    }

    private static String reasonOf(Exception exception) {
        if (exception instanceof SecondFactorMissingException) {
            return "second-factor";
        }
        if (exception instanceof LockedException) {
            return "locked";
        }
        if (exception instanceof BadCredentialsException) {
            return "bad-credentials";
        }
        return exception.getClass().getSimpleName();
    }
}
