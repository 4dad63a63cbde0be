package org.sankofa.web;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query string that is not correctly percent-encoded ({@code ?q=Kadiatou%ZZ}) is the client's mistake: 400, in
 * the API's and the pages' usual form, and at most a one-line warning in the log — never an ERROR with a stack trace,
 * and never the value, which may be a person's name. Sent over real HTTP, since Tomcat decodes the query.
 */
@SankofaTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedQueryTests {

    private static final String NAME = "Kadiatou";

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void aMalformedPercentEscapeIsA400WithoutAnErrorInTheLog(CapturedOutput output) throws Exception {
        Answer api = get("/api/v1/cases?q=" + NAME + "%ZZ", "Authorization: " + Tokens.bearer(mvc, "caseworker.dakar"));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.head()).containsIgnoringCase("Content-Type: application/problem+json");

        Cookie session = SignIn.session(mvc, "caseworker.dakar", DemoUsers.PASSWORD);
        Answer page = get("/cases?q=" + NAME + "%ZZ&status=%E0%A4",
                "Cookie: " + session.getName() + "=" + session.getValue());
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("The request could not be understood");

        assertThat(get("/login?q=%ZZ").status()).isEqualTo(400);

        assertThat(output.getOut() + output.getErr()).doesNotContain(" ERROR ").doesNotContain(NAME)
                .doesNotContain("\tat org.apache");
    }

    /** The status line, headers and body of an answer. */
    private record Answer(int status, String head, String body) {
    }

    /** A GET written by hand: java.net.URI (and so HttpClient) refuses to send a malformed escape. */
    private Answer get(String target, String... headers) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.0\r\nHost: localhost\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, end < 0 ? "" : answer.substring(end + 4));
        }
    }
}
