package org.sankofa.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After {@code kill -9} of Sankofa, its embedded PostgreSQL keeps running on the data directory. The next start
 * finds it, stops it cleanly, says so in the log, and starts on the same data — instead of waiting 60 s and failing
 * with "Gave up waiting for server to start".
 */
@ExtendWith(OutputCaptureExtension.class)
class OrphanedServerTests {

    @Test
    void aServerLeftRunningByAKilledSankofaIsStoppedAndTheNextStartUsesItsData(@TempDir Path temp,
            CapturedOutput output) throws Exception {
        Path dataDirectory = temp.resolve("postgres");
        Process killed = startAndKill(dataDirectory);
        long orphanPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        Optional<ProcessHandle> orphan = ProcessHandle.of(orphanPid);
        try {
            assertThat(killed.isAlive()).isFalse();
            assertThat(orphan).as("the killed application's PostgreSQL still runs").hasValueSatisfying(
                    p -> assertThat(p.isAlive()).isTrue());

            var properties = new EmbeddedDatabaseProperties(dataDirectory, false, 0, "sankofa");
            try (EmbeddedPostgres again = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties)) {
                assertThat(JdbcClient.create(again.getPostgresDatabase()).sql("select note from kept")
                        .query(String.class).single()).isEqualTo("written before the crash");
                assertThat(orphan.get().isAlive()).isFalse();
                assertThat(output.getOut()).contains("An embedded PostgreSQL (process " + orphanPid)
                        .contains("was left running on " + dataDirectory.toAbsolutePath().normalize())
                        .contains("stopped in");
            }
        } finally {
            orphan.ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void aDirectoryInUseByARunningSankofaIsRefusedWithAMessage(@TempDir Path temp) throws Exception {
        var properties = new EmbeddedDatabaseProperties(temp.resolve("postgres"), false, 0, "sankofa");
        var configuration = new EmbeddedDatabaseConfiguration();
        try (EmbeddedPostgres running = configuration.embeddedPostgres(properties)) {
            assertThatThrownBy(() -> configuration.embeddedPostgres(properties))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is in use by another Sankofa");
            assertThat(JdbcClient.create(running.getPostgresDatabase()).sql("select 1").query(Integer.class)
                    .single()).as("the running one is left alone").isEqualTo(1);
        }
    }

    @Test
    void aPidFileNamingAnotherProgramIsRemoved(@TempDir Path temp, CapturedOutput output) throws Exception {
        Path dataDirectory = temp.resolve("postgres");
        var properties = new EmbeddedDatabaseProperties(dataDirectory, false, 0, "sankofa");
        var configuration = new EmbeddedDatabaseConfiguration();
        configuration.embeddedPostgres(properties).close();
        Files.writeString(dataDirectory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n"
                + dataDirectory + "\n1700000000\n5432\n");
        try (EmbeddedPostgres again = configuration.embeddedPostgres(properties)) {
            assertThat(JdbcClient.create(again.getPostgresDatabase()).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
        }
        assertThat(output.getOut()).contains("is not a PostgreSQL");
    }

    /** Starts the embedded database in a JVM of its own, then kills that JVM (SIGKILL) once the data is written. */
    private static Process startAndKill(Path dataDirectory) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanMaker.class.getName(), dataDirectory.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains(OrphanMaker.READY)) {
                // the child's log
            }
            assertThat(line).as("the child JVM started its database").isNotNull();
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return process;
    }
}
