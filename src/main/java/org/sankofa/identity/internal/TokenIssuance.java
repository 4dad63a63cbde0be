package org.sankofa.identity.internal;

import java.time.Duration;

import org.sankofa.identity.CurrentUser;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/** Issues a personal access token to whoever proves who they are with password (and code) through the API. */
@Service
public class TokenIssuance {

    public enum Refusal { THROTTLED, BAD_CREDENTIALS, SECOND_FACTOR, LOCKED, ENROL_FIRST }

    public record Outcome(ApiTokens.IssuedToken token, Refusal refusal) {
    }

    private final AuthenticationManager authenticationManager;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final SecondFactor secondFactor;
    private final SecurityProperties properties;

    TokenIssuance(AuthenticationManager authenticationManager, LoginThrottle throttle, ApiTokens tokens,
            SecondFactor secondFactor, SecurityProperties properties) {
        this.authenticationManager = authenticationManager;
        this.throttle = throttle;
        this.tokens = tokens;
        this.secondFactor = secondFactor;
        this.properties = properties;
    }

    public Outcome issue(String username, String password, String code, String name, Integer days, String address) {
        if (throttle.blocked(address)) {
            return new Outcome(null, Refusal.THROTTLED);
        }
        var request = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        request.setDetails(new LoginDetails(address, code));
        CurrentUser user;
        try {
            user = (CurrentUser) authenticationManager.authenticate(request).getPrincipal();
        } catch (SecondFactorMissingException e) {
            return new Outcome(null, Refusal.SECOND_FACTOR);
        } catch (org.springframework.security.authentication.LockedException e) {
            return new Outcome(null, Refusal.LOCKED);
        } catch (AuthenticationException e) {
            return new Outcome(null, Refusal.BAD_CREDENTIALS);
        }
        if (secondFactor.required(user) && !user.totpEnabled()) {
            return new Outcome(null, Refusal.ENROL_FIRST);
        }
        Duration lifetime = days == null ? properties.tokenLifetime() : Duration.ofDays(days);
        return new Outcome(tokens.issue(user, name == null || name.isBlank() ? "API" : name.strip(), lifetime), null);
    }
}
