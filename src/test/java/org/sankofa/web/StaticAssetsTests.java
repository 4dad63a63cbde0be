package org.sankofa.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stylesheet, the script and htmx — loaded with every page — cost no database work even for a signed-in browser
 * (no session read or written back) and travel pre-compressed (made once at build time, not gzipped per request),
 * with the security headers of every answer.
 */
@SankofaTest
class StaticAssetsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aSignedInBrowserGetsEveryAssetPreCompressedWithTheSecurityHeaders() throws Exception {
        Cookie session = SignIn.session(mvc, "caseworker.dakar", DemoUsers.PASSWORD);
        Document home = Jsoup.parse(mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        String stylesheet = home.select("link[rel=stylesheet][href^=/css/]").attr("href");
        String script = home.select("script[src^=/js/]").attr("src");
        String htmx = home.select("script[src^=/webjars/htmx.org/]").attr("src");
        assertThat(stylesheet).matches("/css/sankofa-[0-9a-f]{32}\\.css");
        assertThat(htmx).endsWith("/htmx.min.js");

        for (String asset : new String[] { stylesheet, script, htmx }) {
            MockHttpServletResponse response = mvc.perform(get(asset).cookie(session)
                    .header("Accept-Encoding", "gzip, deflate, br")).andExpect(status().isOk()).andReturn()
                    .getResponse();
            assertThat(response.getHeader("Content-Encoding")).as(asset).isEqualTo("gzip");
            assertThat(response.getHeader("Vary")).as(asset).contains("Accept-Encoding");
            assertThat(response.getHeader("X-Content-Type-Options")).as(asset).isEqualTo("nosniff");
            assertThat(response.getHeader("Content-Security-Policy")).as(asset).contains("default-src 'self'");
            assertThat(response.getHeader("Set-Cookie")).as(asset).isNull();
            assertThat(gunzip(response.getContentAsByteArray())).as(asset).isNotBlank();
        }
        String css = gunzip(mvc.perform(get(stylesheet).header("Accept-Encoding", "gzip")).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(css).isEqualTo(Files.readString(Path.of("src/main/resources/static/css/sankofa.css")));
    }

    /**
     * Over real HTTP (the application's own servlet, as configured): the session of a signed-in browser is neither read
     * nor written back for an asset — its last access stays as it was — while a page does touch it.
     */
    @Test
    void fetchingAnAssetLeavesTheSessionOfASignedInBrowserUntouched() throws Exception {
        Cookie session = SignIn.session(mvc, "caseworker.dakar", DemoUsers.PASSWORD);
        String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        long past = System.currentTimeMillis() - 60_000;
        assertThat(jdbc.sql("update spring_session set last_access_time = ? where session_id = ?").params(past, id)
                .update()).isOne();
        HttpClient http = HttpClient.newHttpClient();
        for (String asset : List.of("/css/sankofa.css", "/js/sankofa.js", "/webjars/htmx.org/" + htmxVersion()
                + "/dist/htmx.min.js")) {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + asset)).header("Cookie", "SESSION=" + session.getValue()).header("Accept-Encoding", "gzip")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(asset).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
            assertThat(answer.headers().firstValue("Set-Cookie")).as(asset).isEmpty();
        }
        assertThat(lastAccess(id)).as("after the assets").isEqualTo(past);
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).header("Cookie", "SESSION="
                + session.getValue()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(lastAccess(id)).as("after a page").isGreaterThan(past);
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    private String htmxVersion() throws Exception {
        String src = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .select("script[src^=/webjars/htmx.org/]").attr("src");
        return src.split("/")[3];
    }

    @Test
    void aBrowserThatDoesNotAcceptGzipGetsThePlainFile() throws Exception {
        MockHttpServletResponse plain = mvc.perform(get("/css/sankofa.css")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of("src/main/resources/static/css/sankofa.css")));
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
