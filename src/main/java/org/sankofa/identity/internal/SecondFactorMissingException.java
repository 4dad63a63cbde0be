package org.sankofa.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;

/** The password was right but the account has a second factor and no valid code was given. */
class SecondFactorMissingException extends BadCredentialsException {

    SecondFactorMissingException() {
        super("verification code missing or wrong");
    }
}
