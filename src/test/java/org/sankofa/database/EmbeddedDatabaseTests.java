package org.sankofa.database;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTests {

    @Test
    void dataInTheDataDirectorySurvivesARestart(@TempDir Path temp) throws Exception {
        Path dataDirectory = temp.resolve("postgres");
        var properties = new EmbeddedDatabaseProperties(dataDirectory, false, 0, "sankofa");
        var configuration = new EmbeddedDatabaseConfiguration();

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            JdbcClient jdbc = JdbcClient.create(first.getPostgresDatabase());
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("select note from kept")
                    .query(String.class).single()).isEqualTo("still here");
            assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("show server_version")
                    .query(String.class).single()).startsWith("17.");
        }
    }

    @Test
    void demoModeIsOnWithTheEmbeddedDatabaseAndOffWithAnExternalOneUnlessForced() {
        var config = new DatabaseConfiguration();
        assertThat(config.demoMode(new MockEnvironment())).isEqualTo(new DemoMode(true, true));
        assertThat(config.demoMode(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")))
                .isEqualTo(new DemoMode(false, false));
        assertThat(config.demoMode(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("sankofa.demo", "true"))).isEqualTo(new DemoMode(true, false));
        assertThat(config.demoMode(new MockEnvironment().withProperty("sankofa.demo", "false")))
                .isEqualTo(new DemoMode(false, true));
    }
}
