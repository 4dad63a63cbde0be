package org.sankofa.identity.internal;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before anything was checked, because the account name from that address, or the address, must
 * still wait after failed sign-ins (see {@link SignInThrottle}). Answered like any other refused sign-in; the API adds
 * the wait as {@code Retry-After}.
 */
class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("sign-in must wait");
        this.wait = wait;
    }

    Duration waitLeft() {
        return wait;
    }
}
