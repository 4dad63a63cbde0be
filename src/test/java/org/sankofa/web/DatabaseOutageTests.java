package org.sankofa.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sankofa.SankofaApplication;
import org.sankofa.support.DemoUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real outage: Sankofa runs on a PostgreSQL of its own, which the test stops and starts again. While it is stopped,
 * the API answers 503 with problem details and pages answer the 503 page in the person's language — the session (kept
 * in PostgreSQL), the bearer token and the sign-in all need the database — each within the pool's connection timeout
 * (2 s here) rather than Hikari's default 30 s: every request below fails the test if it takes more than
 * {@link #BOUND}. Once PostgreSQL is back, the same token and the same session work again, without a restart.
 */
class DatabaseOutageTests {

    /** Far above the 2 s connection timeout, far below the 30 s (and the 60–120 s of pages) of the defaults. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void aStoppedDatabaseIsAnswered503WithinSecondsAndTheApplicationRecoversWhenItIsBack() throws Exception {
        Path data = temp.resolve("postgres");
        EmbeddedPostgres postgres = start(data, 0);
        int databasePort = postgres.getPort();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SankofaApplication.class)
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--sankofa.demo=true", "--server.port=0",
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--spring.datasource.hikari.validation-timeout=1000",
                        "--sankofa.background-work.enabled=false", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            MessageSource messages = app.getBean(MessageSource.class);
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            signIn(browser, port, "supervisor.dakar");
            String token = token(port, "coordinator.mali");
            assertThat(send(browser, get(port, "/").header("Accept-Language", "fr").build()).statusCode())
                    .isEqualTo(200);
            assertThat(send(browser, api(port, "/api/v1/me", token).build()).statusCode()).isEqualTo(200);

            postgres.close();

            HttpResponse<String> call = send(browser, api(port, "/api/v1/me", token)
                    .header("Accept-Language", "pt").build());
            assertThat(call.statusCode()).isEqualTo(503);
            assertThat(call.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(call.body());
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("detail").asString())
                    .isEqualTo(messages.getMessage("error.503.detail", null, Locale.forLanguageTag("pt")));

            HttpResponse<String> page = send(browser, get(port, "/plans").header("Accept-Language", "fr").build());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains(html(messages.getMessage("error.503.title", null, Locale.FRENCH)))
                    .contains(html(messages.getMessage("error.503.detail", null, Locale.FRENCH)))
                    .doesNotContain("Moussa Demo-Supervisor");

            HttpClient stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> loginPage = send(stranger, get(port, "/login").build());
            assertThat(loginPage.statusCode()).as("the sign-in page, which opens a session").isEqualTo(503);
            assertThat(loginPage.body()).contains(html(messages.getMessage("error.503.title", null, Locale.ENGLISH)));
            HttpResponse<String> issue = send(stranger, tokenRequest(port, "coordinator.mali"));
            assertThat(issue.statusCode()).as("a token asked for: not a wrong password").isEqualTo(503);
            assertThat(issue.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

            postgres = start(data, databasePort);

            assertThat(untilAnswered(browser, api(port, "/api/v1/me", token).build()).statusCode()).isEqualTo(200);
            HttpResponse<String> home = send(browser, get(port, "/").build());
            assertThat(home.statusCode()).as("the session survived the outage").isEqualTo(200);
            assertThat(home.body()).contains("Moussa Demo-Supervisor");
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60)).setLocaleConfig("locale", "C.UTF-8").start();
    }

    /** Asks again while the pool reconnects (it does so by itself); the bound only stops a test that would hang. */
    private static HttpResponse<String> untilAnswered(HttpClient client, HttpRequest request) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> response = send(client, request);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            response = send(client, request);
        }
        return response;
    }

    private static void signIn(HttpClient browser, int port, String username) throws Exception {
        String loginPage = send(browser, get(port, "/login").build()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + DemoUsers.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(uri(port, "/login")).timeout(BOUND)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String token(int port, String username) throws Exception {
        HttpResponse<String> issued = send(HttpClient.newHttpClient(), tokenRequest(port, username));
        assertThat(issued.statusCode()).isEqualTo(201);
        return JSON.readTree(issued.body()).get("token").asString();
    }

    private static HttpRequest tokenRequest(int port, String username) {
        return HttpRequest.newBuilder(uri(port, "/api/v1/tokens")).timeout(BOUND)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", username, "password", DemoUsers.PASSWORD, "name", "outage"))))
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(int port, String path) {
        return HttpRequest.newBuilder(uri(port, path)).timeout(BOUND).GET();
    }

    private static HttpRequest.Builder api(int port, String path, String token) {
        return get(port, path).header("Authorization", "Bearer " + token);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The text as a page writes it (Thymeleaf escapes these five characters only). */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
