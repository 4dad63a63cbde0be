package org.sankofa.support;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import jakarta.servlet.http.Cookie;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signing in through the real login form, with the session kept in PostgreSQL (Spring Session's SESSION cookie). */
public final class SignIn {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private SignIn() {
    }

    /** The outcome of a POST /login: where it redirected, and the session cookie when it succeeded. */
    public record Attempt(String redirect, Cookie session) {
    }

    public static Attempt attempt(MockMvc mvc, String username, String password, String code, String address)
            throws Exception {
        var request = post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
        if (code != null) {
            request.param("code", code);
        }
        MvcResult result = mvc.perform(request).andReturn();
        return new Attempt(result.getResponse().getRedirectedUrl(), result.getResponse().getCookie("SESSION"));
    }

    /** Signs in and returns the session cookie; fails when sign-in does not succeed. */
    public static Cookie session(MockMvc mvc, String username, String password) throws Exception {
        Attempt attempt = attempt(mvc, username, password, null, uniqueAddress());
        if (!"/".equals(attempt.redirect()) || attempt.session() == null) {
            throw new AssertionError("sign-in of " + username + " failed: " + attempt.redirect());
        }
        return attempt.session();
    }

    /** A request from a given client address (TEST-NET addresses, so that tests do not throttle each other). */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An address of the documentation range 198.51.100.0/24 or 203.0.113.0/24 not used yet in this run. */
    public static String uniqueAddress() {
        int n = SEQUENCE.incrementAndGet();
        return (n % 2 == 0 ? "198.51.100." : "203.0.113.") + (1 + (n / 2) % 250);
    }

    /** A unique username with a prefix, e.g. {@code lock-1a2b3c}. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** Creates an account with the given roles and returns its id. */
    public static long createUser(UserAccounts users, String username, String password, RoleGrant... grants) {
        return users.create(new NewUser(username, "Test " + username, null, password, null, null, "en",
                Set.of(grants)));
    }

    /** The code an authenticator app shows now for a secret. */
    public static String totp(String secret) {
        return totp(secret, 0);
    }

    /**
     * The code an authenticator app will show in the next 30 seconds: accepted (one step of clock drift is allowed)
     * after the code of now was used, as each code is accepted once.
     */
    public static String nextTotp(String secret) {
        return totp(secret, 1);
    }

    private static String totp(String secret, int stepsFromNow) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1).generate(secret,
                    Instant.now().getEpochSecond() / 30 + stepsFromNow);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
