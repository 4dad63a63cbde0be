package org.sankofa.cases.internal.protection;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sankofa.SankofaApplication;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill of docs/operations.md, "Rotating encryption keys", on a database of its own and with the application
 * restarted at each step, as an operator runs it: the application writes under {@code k1}; {@code k2} is added and
 * made active and the rotation command re-encrypts (then finds nothing left); {@code k1} is removed. Every value of
 * every registered encrypted column still decrypts to what it was, and a case worker reads the same cases and finds
 * a person by name through the API.
 */
@SankofaTest
class KeyRotationDrillTests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Autowired
    DataSource shared;

    private String database;

    @AfterEach
    void dropTheDrillDatabase() {
        if (database != null) {
            JdbcClient.create(shared).sql("drop database if exists " + database + " with (force)").update();
        }
    }

    @Test
    void afterAddingAKeyRotatingAndRemovingTheOldOneEveryEncryptedFieldIsReadableAndNamesAreStillFound()
            throws Exception {
        database = "key_rotation_drill_" + HexFormat.of().formatHex(randomBytes(6));
        JdbcClient.create(shared).sql("create database " + database + " encoding 'UTF8' template template0").update();
        String k1 = base64(randomBytes(32));
        String k2 = base64(randomBytes(32));
        String index = base64(randomBytes(32));

        // before: the application runs with k1 only (the demo world gives it cases, encrypted under k1)
        Map<String, String> clear;
        List<String> sample = new ArrayList<>();
        Map<String, String> casesBefore = new LinkedHashMap<>();
        try (ConfigurableApplicationContext node = start(index, "k1", "k1", k1)) {
            clear = decryptEverything(node, "k1");
            assertThat(clear).as("encrypted values of the demo cases").hasSizeGreaterThan(100);
            Api api = new Api(node);
            Matcher ids = ID.matcher(api.get("/api/v1/cases?size=5"));
            while (ids.find()) {
                sample.add(ids.group(1));
            }
            assertThat(sample).hasSize(5);
            for (String id : sample) {
                casesBefore.put(id, api.get("/api/v1/cases/" + id));
            }
        }

        // step 1 and 2: k2 added next to k1 and made active, restart, rotate; step 3: a second run re-encrypts nothing
        try (ConfigurableApplicationContext node = start(index, "k2", "k1", k1, "k2", k2)) {
            KeyRotationCommand command = node.getBean(KeyRotationCommand.class);
            assertThat(command.rotate()).isEqualTo(clear.size());
            assertThat(command.rotate()).isZero();
        }

        // then k1 removed from the environment, restart
        try (ConfigurableApplicationContext node = start(index, "k2", "k2", k2)) {
            assertThat(decryptEverything(node, "k2")).as("every encrypted field, under k2 only").isEqualTo(clear);
            Api api = new Api(node);
            for (String id : sample) {
                assertThat(api.get("/api/v1/cases/" + id)).as("case " + id).isEqualTo(casesBefore.get(id));
            }
            String first = casesBefore.get(sample.get(0));
            String name = field(first, "givenNames") + " " + field(first, "familyName");
            assertThat(ids(api.get("/api/v1/cases?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))))
                    .as("the name search finds the person").contains(sample.get(0));
        }
    }

    private ConfigurableApplicationContext start(String indexKey, String active, String... idsAndKeys)
            throws Exception {
        String url = shared.unwrap(HikariDataSource.class).getJdbcUrl()
                .replaceFirst("/[a-z0-9_]+(\\?|$)", "/" + database + "$1");
        List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + url,
                "spring.datasource.username=postgres", "sankofa.demo=true", "sankofa.demo.cases=30",
                "sankofa.background-work.enabled=false", "server.port=0", "spring.main.banner-mode=off",
                "logging.level.root=WARN", "sankofa.encryption.index-key=" + indexKey,
                "sankofa.encryption.active-key=" + active));
        for (int i = 0; i < idsAndKeys.length; i += 2) {
            properties.add("sankofa.encryption.keys." + idsAndKeys[i] + "=" + idsAndKeys[i + 1]);
        }
        return new SpringApplicationBuilder(SankofaApplication.class).properties(properties.toArray(String[]::new))
                .run();
    }

    /**
     * Every value of every registered encrypted column, decrypted by the node: "table.column#id" → clear text (files as
     * base64). Each one must be under the expected key.
     */
    private static Map<String, String> decryptEverything(ConfigurableApplicationContext node, String expectedKey) {
        KeyRotation rotation = node.getBean(KeyRotation.class);
        FieldCipher cipher = node.getBean(FieldCipher.class);
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        Map<String, String> clear = new LinkedHashMap<>();
        for (EncryptedColumn column : rotation.registeredColumns()) {
            jdbc.sql("select " + column.idColumn() + ", " + column.column() + " from " + column.table() + " where "
                    + column.column() + " is not null order by " + column.idColumn()).query(rs -> {
                        String where = column.table() + "." + column.column() + "#" + rs.getObject(1);
                        Object value = rs.getObject(2);
                        if (value instanceof byte[] bytes) {
                            assertThat(FieldCipher.keyIdOf(bytes)).as(where).isEqualTo(expectedKey);
                            clear.put(where, base64(cipher.decrypt(bytes, column.label())));
                        } else {
                            assertThat(FieldCipher.keyIdOf((String) value)).as(where).isEqualTo(expectedKey);
                            clear.put(where, cipher.decrypt((String) value, column.label()));
                        }
                    });
        }
        return clear;
    }

    private static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(json);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A case worker of the demo world on one node, through the API with a personal access token. */
    private static final class Api {

        private final HttpClient http = HttpClient.newHttpClient();
        private final int port;
        private final String token;

        Api(ConfigurableApplicationContext node) throws Exception {
            port = ((WebServerApplicationContext) node).getWebServer().getPort();
            HttpResponse<String> issued = http.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"caseworker.dakar\",\"password\":\""
                            + DemoUsers.PASSWORD + "\",\"name\":\"key-rotation-drill\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            token = field(issued.body(), "token");
        }

        String get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "en").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return response.body();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
