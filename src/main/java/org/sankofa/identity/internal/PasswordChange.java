package org.sankofa.identity.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.events.PasswordChanged;
import org.sankofa.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password: the current one, then the new one (the rules of passwords set by
 * administrators: 12 to 200 characters), different from the current one. A wrong current password counts as a failed
 * sign-in from that address, with the same waits, so that a session left open does not let anyone guess it. Once
 * changed, the person's other sessions end (unless they choose otherwise on the page), the change is audited
 * ({@code PASSWORD_CHANGED}, never a value) and they are told by e-mail when mail is configured.
 */
@Service
public class PasswordChange {

    /** What to do with the person's other sessions: the one in use is kept when there is one. */
    public record Request(String currentPassword, String newPassword, String repeatedPassword, boolean endOtherSessions,
            String keptSessionId, String address) {
    }

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PasswordChange(UserAccountRepository users, PasswordEncoder encoder, SignInThrottle throttle, AuditLog audit,
            ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @throws InvalidInputException with the fields {@code currentPassword}, {@code newPassword},
     *                               {@code repeatedPassword} and their message keys (nothing is changed)
     */
    @Transactional
    public void change(CurrentUser user, Request request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String next = request.newPassword();
        if (next == null || next.length() < UserAdministration.MIN_PASSWORD_LENGTH) {
            errors.put("newPassword", "admin.users.password.short");
        } else if (next.length() > UserAdministration.MAX_PASSWORD_LENGTH) {
            errors.put("newPassword", "validation.too.long");
        } else if (request.repeatedPassword() != null && !next.equals(request.repeatedPassword())) {
            errors.put("repeatedPassword", "profile.password.repeat.different");
        } else if (next.equals(request.currentPassword())) {
            errors.put("newPassword", "profile.password.same");
        }
        if (!currentPasswordIsRight(user, request, errors) || !errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        users.storePasswordHash(user.id(), encoder.encode(next));
        boolean endOthers = request.endOtherSessions() || request.keptSessionId() == null;
        if (endOthers) {
            if (request.keptSessionId() == null) {
                users.endSessions(user.getUsername());
            } else {
                users.endOtherSessions(user.getUsername(), request.keptSessionId());
            }
        }
        audit.record(AuditEvent.of(user.getUsername(), "PASSWORD_CHANGED", "user", user.id(),
                endOthers ? "other-sessions=ended" : "other-sessions=kept"));
        events.publishEvent(new PasswordChanged(user.id()));
    }

    /**
     * Checks the current password under the sign-in waits; a wrong one is a failure like a sign-in's. A blank one is
     * not a guess and is not counted.
     */
    private boolean currentPasswordIsRight(CurrentUser user, Request request, Map<String, String> errors) {
        String current = request.currentPassword();
        if (current == null || current.isEmpty() || current.length() > UserAdministration.MAX_PASSWORD_LENGTH) {
            errors.put("currentPassword", "profile.password.current.wrong");
            return false;
        }
        Optional<Duration> wait = throttle.begin(user.getUsername(), request.address());
        if (wait.isPresent()) {
            errors.put("currentPassword", "profile.password.wait");
            return false;
        }
        boolean right = users.passwordHash(user.id()).map(hash -> encoder.matches(current, hash)).orElse(false);
        if (right) {
            throttle.succeeded(user.getUsername(), request.address());
        } else {
            errors.put("currentPassword", "profile.password.current.wrong");
        }
        return right;
    }
}
