package org.sankofa.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL primary and its streaming replica (a hot standby), both run from the embedded PostgreSQL binaries of
 * the tests, without {@code pg_basebackup}: the primary is created with {@code wal_level=replica}, stopped cleanly,
 * its data directory copied, the copy told it is a standby ({@code standby.signal} and {@code primary_conninfo}), and
 * both started. Everything lives in a temporary directory removed by {@link #close()}.
 */
final class StreamingReplica implements AutoCloseable {

    static final String DATABASE = "sankofa";
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path directory;
    private final int primaryPort;
    private final int replicaPort;
    private EmbeddedPostgres primary;
    private EmbeddedPostgres replica;

    private StreamingReplica(Path directory, int primaryPort, int replicaPort) {
        this.directory = directory;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    /** Creates the primary and its replica and starts both; the replica streams from the primary. */
    static StreamingReplica start() {
        try {
            Path directory = Files.createTempDirectory("sankofa-replica-");
            StreamingReplica pair = new StreamingReplica(directory, freePort(), freePort());
            pair.create();
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void create() throws IOException {
        Path primaryData = directory.resolve("primary");
        Path replicaData = directory.resolve("replica");
        EmbeddedPostgres first = server(primaryData, primaryPort);
        JdbcClient.create(first.getPostgresDatabase())
                .sql("create database " + DATABASE + " encoding 'UTF8' template template0").update();
        first.close();

        Files.createDirectory(replicaData,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (Stream<Path> files = Files.walk(primaryData)) {
            for (Path source : files.toList()) {
                Path target = replicaData.resolve(primaryData.relativize(source).toString());
                if (source.equals(primaryData) || NOT_COPIED.contains(source.getFileName().toString())) {
                    continue;
                }
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.createFile(replicaData.resolve("standby.signal"));
        Files.writeString(replicaData.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=localhost port="
                + primaryPort + " user=postgres application_name=sankofa-test-replica'\n", StandardOpenOption.APPEND);

        primary = server(primaryData, primaryPort);
        startReplica();
    }

    private static EmbeddedPostgres server(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(PATIENCE)
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("wal_level", "replica")
                .setServerConfig("max_wal_senders", "4")
                .setServerConfig("wal_keep_size", "64MB")
                .setServerConfig("hot_standby", "on")
                .setServerConfig("synchronous_commit", "on")    // the embedded default is off
                .setServerConfig("fsync", "off")
                .start();
    }

    String primaryUrl() {
        return "jdbc:postgresql://localhost:" + primaryPort + "/" + DATABASE;
    }

    String replicaUrl() {
        return "jdbc:postgresql://localhost:" + replicaPort + "/" + DATABASE;
    }

    /** The application's database on the primary. */
    JdbcClient primary() {
        return JdbcClient.create(primary.getDatabase("postgres", DATABASE));
    }

    /** The application's database on the replica (read-only). */
    JdbcClient replica() {
        return JdbcClient.create(replica.getDatabase("postgres", DATABASE));
    }

    /** Stops the replay of the primary's changes on the replica; it keeps receiving them. */
    void pauseReplay() {
        replica().sql("select pg_wal_replay_pause()").query(Object.class).optional();
        await("the replay to pause", () -> "paused".equals(replica()
                .sql("select pg_get_wal_replay_pause_state()").query(String.class).single()));
    }

    void resumeReplay() {
        replica().sql("select pg_wal_replay_resume()").query(Object.class).optional();
    }

    /** Waits until the replica has replayed everything the primary has committed so far. */
    void awaitCaughtUp() {
        String written = primary().sql("select pg_current_wal_insert_lsn()::text").query(String.class).single();
        await("the replica to replay up to " + written, () -> Boolean.TRUE.equals(replica()
                .sql("select pg_last_wal_replay_lsn() >= ?::pg_lsn").param(written).query(Boolean.class).single()));
    }

    void stopReplica() throws IOException {
        replica.close();
    }

    /** Starts the replica (again) on its directory and port; it resumes streaming where it stopped. */
    void startReplica() throws IOException {
        replica = server(directory.resolve("replica"), replicaPort);
    }

    @Override
    public void close() throws IOException {
        try {
            if (replica != null) {
                replica.close();
            }
            if (primary != null) {
                primary.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private interface Condition {
        boolean holds();
    }

    /** Polls a condition of the servers until it holds; fails after a minute (not a timing assertion: a guard). */
    private static void await(String what, Condition condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("gave up waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
