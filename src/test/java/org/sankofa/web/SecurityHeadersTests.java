package org.sankofa.web;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@SankofaTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.sankofa.identity.UserAccounts users;

    @Test
    void pagesForbidInlineScriptFramingAndSniffing() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("script-src 'self'"), not(containsString("unsafe-inline")),
                        containsString("frame-ancestors 'none'"), containsString("object-src 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void strictTransportSecurityIsSentBehindTls() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    @Test
    void apiAnswersWithTheSameHeaders() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void loginPageSpeaksTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "fr-SN,fr;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(allOf(containsString("<html lang=\"fr\">"), containsString("Connexion"))));
        mvc.perform(get("/login").header("Accept-Language", "pt-GW"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(allOf(containsString("<html lang=\"pt\">"), containsString("Iniciar sessão"))));
    }

    @Test
    void unknownPageGivesANotFoundPageInTheUsersLanguage(@org.springframework.boot.test.web.server.LocalServerPort int port)
            throws Exception {
        String username = "reader.fr." + System.nanoTime() % 100000;
        users.create(new org.sankofa.identity.NewUser(username, "Lectrice", null, "a-long-test-password", null, null,
                "fr", java.util.Set.of(org.sankofa.identity.RoleGrant.of(org.sankofa.identity.Role.OBSERVER))));
        var http = java.net.http.HttpClient.newHttpClient();
        var tokenResponse = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"a-long-test-password\"}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String token = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(tokenResponse.body()).get("token").asString();
        var page = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/no-such-page"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .header("Accept", "text/html").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(page.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(page.body()).contains("<html lang=\"fr\">", "Introuvable");
    }

    @Test
    void overRealHttpNoVersionIsToldNoPageIsCachedAndNoOtherSiteMayReadAnswers(
            @org.springframework.boot.test.web.server.LocalServerPort int port) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var login = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/login"))
                .header("Origin", "https://elsewhere.example").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(login.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(login.headers().firstValue("Server")).as("no server version")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(login.headers().firstValue("Content-Type")).get()
                .asString().containsIgnoringCase("charset=UTF-8");
        org.assertj.core.api.Assertions.assertThat(login.headers().firstValue("Cache-Control")).get()
                .asString().contains("no-store");
        org.assertj.core.api.Assertions.assertThat(login.headers().firstValue("Access-Control-Allow-Origin"))
                .as("no CORS").isEmpty();
    }

    @Test
    void theApiRefusesABodyThatIsNotJsonAndAMethodItDoesNotHave(
            @org.springframework.boot.test.web.server.LocalServerPort int port) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var tokens = java.net.URI.create("http://localhost:" + port + "/api/v1/tokens");
        var notJson = http.send(java.net.http.HttpRequest.newBuilder(tokens).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=mne")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(notJson.statusCode()).isEqualTo(415);

        var issued = http.send(java.net.http.HttpRequest.newBuilder(tokens).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"mne\",\"password\":\""
                        + org.sankofa.support.DemoUsers.PASSWORD + "\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String token = tools.jackson.databind.json.JsonMapper.builder().build().readTree(issued.body())
                .get("token").asString();
        var put = http.send(java.net.http.HttpRequest.newBuilder(tokens).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(put.statusCode()).isEqualTo(405);
        org.assertj.core.api.Assertions.assertThat(put.headers().firstValue("Content-Type")).get().asString()
                .contains("json");
    }
}
