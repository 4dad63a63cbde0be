package org.sankofa.database;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.sankofa.SankofaApplication;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database: a person signed in through one node is signed in on the other, because
 * sessions live in PostgreSQL. This is what lets nodes sit behind any load balancer without sticky sessions.
 */
@SankofaTest
class TwoNodesTests {

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int firstPort;

    @Test
    void aSessionStartedOnOneNodeIsValidOnTheOther() throws Exception {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(SankofaApplication.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "sankofa.demo=true", "server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run()) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();

            String loginPage = browser.send(get(firstPort, "/login"), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
            assertThat(csrf.find()).isTrue();
            String form = "username=supervisor.dakar&password=" + DemoUsers.PASSWORD + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri(firstPort, "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

            HttpResponse<String> home = browser.send(get(secondPort, "/"), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).as(login.headers().map() + " then " + home.headers().map()).isEqualTo(200);
            assertThat(home.body()).contains("Moussa Demo-Supervisor");
        }
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(uri(port, path)).GET().build();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
