package org.sankofa.identity.internal;

import org.sankofa.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Checks the password and, for accounts with a second factor, the time-based code given with it. */
class PasswordAndCodeAuthenticationProvider extends DaoAuthenticationProvider {

    private final UserAccountRepository users;
    private final TotpCodes totp;

    PasswordAndCodeAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder, TotpCodes totp) {
        super(users);
        setPasswordEncoder(encoder);
        this.users = users;
        this.totp = totp;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails userDetails,
            UsernamePasswordAuthenticationToken authentication) throws AuthenticationException {
        super.additionalAuthenticationChecks(userDetails, authentication);
        CurrentUser user = (CurrentUser) userDetails;
        if (!user.totpEnabled()) {
            return;
        }
        String code = authentication.getDetails() instanceof LoginDetails details ? details.verificationCode() : null;
        if (!totp.verify(users.totpSecret(user.id()).orElse(null), code)) {
            throw new SecondFactorMissingException();
        }
    }
}
