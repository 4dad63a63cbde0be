package org.sankofa.identity.internal;

import java.time.Duration;

import org.sankofa.identity.CurrentUser;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

/**
 * Issues a personal access token to whoever proves who they are with password (and code) through the API. A refusal
 * says nothing about the account: {@link Refusal#REFUSED} whatever was wrong, or {@link Refusal#THROTTLED} with the
 * wait left when the name or the address must wait after failed sign-ins.
 */
@Service
public class TokenIssuance {

    public enum Refusal { THROTTLED, REFUSED, ENROL_FIRST }

    /**
     * A token, or why not.
     *
     * @param token    the token issued, or null
     * @param refusal  why none was issued, or null
     * @param waitLeft for {@link Refusal#THROTTLED}, how long to wait before trying again
     */
    public record Outcome(ApiTokens.IssuedToken token, Refusal refusal, Duration waitLeft) {

        static Outcome refused(Refusal refusal) {
            return new Outcome(null, refusal, null);
        }
    }

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final SecondFactor secondFactor;
    private final SecurityProperties properties;

    TokenIssuance(AuthenticationManager authenticationManager, ApiTokens tokens, SecondFactor secondFactor,
            SecurityProperties properties) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.secondFactor = secondFactor;
        this.properties = properties;
    }

    public Outcome issue(String username, String password, String code, String name, Integer days, String address) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        request.setDetails(new LoginDetails(address, code));
        CurrentUser user;
        try {
            user = (CurrentUser) authenticationManager.authenticate(request).getPrincipal();
        } catch (SignInThrottledException e) {
            return new Outcome(null, Refusal.THROTTLED, e.waitLeft());
        } catch (AuthenticationException e) {
            return Outcome.refused(Refusal.REFUSED);
        }
        if (secondFactor.required(user) && !user.totpEnabled()) {
            return Outcome.refused(Refusal.ENROL_FIRST);
        }
        Duration lifetime = days == null ? properties.tokenLifetime() : Duration.ofDays(days);
        return new Outcome(tokens.issue(user, name == null || name.isBlank() ? "API" : name.strip(), lifetime), null,
                null);
    }
}
