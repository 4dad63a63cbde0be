package org.sankofa.identity.internal;

import java.time.Duration;
import java.util.Optional;

import org.sankofa.identity.CurrentUser;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the password and, for accounts with a second factor, the time-based code given with it; the one way to sign
 * in, on the page and through the API.
 * <p>
 * What a refusal reveals is nothing: an attempt that must wait is refused before anything is checked, and otherwise
 * every account goes through the same steps in the same order — the password (against a dummy hash for an unknown
 * name), the code, and only then whether the account is enabled — so that an unknown, a disabled and a real account
 * give the same answer after the same work.
 */
class PasswordAndCodeAuthenticationProvider extends DaoAuthenticationProvider {

    private final UserAccountRepository users;
    private final TotpCodes totp;
    private final SignInThrottle throttle;

    PasswordAndCodeAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder, TotpCodes totp,
            SignInThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
        this.users = users;
        this.totp = totp;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<Duration> wait = throttle.begin(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        Authentication authenticated = super.authenticate(authentication);
        throttle.succeeded(username, address);
        return authenticated;
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
        if (!totp.verify(user.id(), code)) {
            throw new SecondFactorMissingException();
        }
    }
}
