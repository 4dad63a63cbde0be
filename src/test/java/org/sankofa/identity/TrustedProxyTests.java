package org.sankofa.identity;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a configured reverse proxy (here 127.0.0.1, with more proxies in 10.1.2.0/24: {@link ProductionSettings}),
 * the client is the right-most address of {@code X-Forwarded-For} that is not a proxy: what a client writes to the
 * left of it cannot move it. Over real HTTP through Tomcat.
 */
@ProductionSettings
class TrustedProxyTests {

    private static final String PASSWORD = "proxied-test-password";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRightMostAddressThatIsNotAProxyIsTheClientForThrottlingAndAudit() throws Exception {
        String username = SignIn.uniqueUsername("proxied");
        SignIn.createUser(users, username, PASSWORD, RoleGrant.of(Role.OBSERVER));
        TokenRequests api = new TokenRequests(port);

        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // what the client sent, then what our proxies appended: the client's address and one more proxy
            answers.add(api.post(username, "guess-" + i,
                    "X-Forwarded-For", "198.51.100." + (i + 1) + ", 203.0.113.77, 10.1.2.3").statusCode());
        }

        assertThat(answers.subList(0, 6)).containsOnly(401);
        assertThat(answers.subList(6, 30)).as("the forged left-most addresses do not help").containsOnly(429);
        assertThat(jdbc.sql("select client_ip from audit_entry where actor = ? and action = 'LOGIN_FAILED'")
                .param(username).query(String.class).list()).hasSize(6).containsOnly("203.0.113.77");

        assertThat(api.post(username, PASSWORD, "X-Forwarded-For", "203.0.113.78").statusCode())
                .as("the person, from another address behind the same proxy, signs in").isEqualTo(201);
        assertThat(jdbc.sql("select client_ip from audit_entry where actor = ? and action = 'LOGIN'")
                .param(username).query(String.class).list()).containsExactly("203.0.113.78");
    }

    @Test
    void theProxysHttpsIsBelieved() throws Exception {
        var answer = new TokenRequests(port).post(SignIn.uniqueUsername("https"), PASSWORD,
                "X-Forwarded-For", "203.0.113.79", "X-Forwarded-Proto", "https");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
}
