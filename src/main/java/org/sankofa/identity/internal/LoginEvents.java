package org.sankofa.identity.internal;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.events.SignInFailuresRepeated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Audits every sign-in and failed sign-in, and counts the failed sign-ins to each account since its last sign-in:
 * when they reach {@code sankofa.security.notify-after-failures}, the administrators find an audit entry (and the
 * account marked on the users page) and the person an e-mail ({@link AccountWarningMail}); at the person's next
 * sign-in on the pages, a notice tells how many there were.
 */
@Component
class LoginEvents {

    private final UserAccountRepository users;
    private final SecurityProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    LoginEvents(UserAccountRepository users, SecurityProperties properties, AuditLog audit,
            ApplicationEventPublisher events) {
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser user)
                || !(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)) {
            return; // bearer tokens are audited as token use
        }
        SignInFailures before = users.recordSuccess(user.id());
        audit.record(new AuditEvent(user.getUsername(), "LOGIN", "user", String.valueOf(user.id()), null,
                details.getRemoteAddress()));
        if (before.count() >= properties.notifyAfterFailures() && details instanceof LoginDetails login
                && login.onPage()
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            web.getRequest().getSession().setAttribute(SignInFailures.SESSION_ATTRIBUTE, before);
        }
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInThrottledException) {
            return; // refused before anything was checked: not a try
        }
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        audit.record(new AuditEvent(username.length() > 60 ? username.substring(0, 60) : username, "LOGIN_FAILED",
                "user", null, "reason=" + reasonOf(event.getException()), address));
        users.recordFailure(username)
                .filter(failure -> failure.failures() == properties.notifyAfterFailures())
                .ifPresent(failure -> {
                    audit.record(new AuditEvent(UserAccountRepository.normalise(username),
                            "LOGIN_FAILURES_REPEATED", "user", String.valueOf(failure.userId()),
                            "failures=" + failure.failures(), address));
                    events.publishEvent(new SignInFailuresRepeated(failure.userId(), failure.failures()));
                });
    }

    private static String reasonOf(Exception exception) {
        if (exception instanceof SecondFactorMissingException) {
            return "second-factor";
        }
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        return "bad-credentials";
    }
}
