package org.sankofa.identity;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As shipped, no reverse proxy is trusted: {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from a client are
 * headers like any other. A client that rotates a forged address is still one address, which sign-in throttling and
 * the audit log see. Over real HTTP to this machine's Tomcat (127.0.0.1).
 */
@SankofaTest
class UntrustedForwardedHeadersTests {

    private static final String PASSWORD = "forwarded-test-password";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientRotatingForwardedForIsThrottledAndAuditedWithItsRealAddress() throws Exception {
        String username = SignIn.uniqueUsername("xff");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        TokenRequests api = new TokenRequests(port);

        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(api.post(username, "guess-" + i, "X-Forwarded-For", "198.51.100." + (i + 1)).statusCode());
        }

        assertThat(answers.subList(0, 6)).as("five free failures and the one that starts the wait").containsOnly(401);
        assertThat(answers.subList(6, 30)).as("then the client waits, whatever address it claims").containsOnly(429);
        assertThat(api.post(username, PASSWORD, "X-Forwarded-For", "203.0.113.250").statusCode())
                .as("even with the right password and yet another forged address").isEqualTo(429);
        assertThat(jdbc.sql("select client_ip from audit_entry where actor = ? and action = 'LOGIN_FAILED'")
                .param(username).query(String.class).list())
                .as("every failure is audited with the address the connection came from").hasSize(6)
                .containsOnly("127.0.0.1");
    }

    @Test
    void aClientClaimingHttpsIsNotBelieved() throws Exception {
        var answer = new TokenRequests(port).post(SignIn.uniqueUsername("proto"), PASSWORD,
                "X-Forwarded-Proto", "https");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS is sent only over HTTPS, and this request came over plain HTTP").isEmpty();
    }
}
