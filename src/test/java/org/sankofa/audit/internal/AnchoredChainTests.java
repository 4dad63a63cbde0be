package org.sankofa.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.ChainVerification;
import org.sankofa.database.DemoMode;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyed chain against someone who controls the database but not the application's configuration: each test runs
 * on a database of its own (created on the tests' PostgreSQL server from a template migrated up to before V30), so
 * that whole chains can be rewritten, as a superuser would, without disturbing the shared one.
 */
@SankofaTest
class AnchoredChainTests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String A1 = randomKey();
    private static final String A2 = randomKey();
    private static String template;

    @Autowired
    DataSource shared;

    @TempDir
    Path directory;

    private String database;
    private SimpleDriverDataSource dataSource;
    private JdbcClient jdbc;
    private JdbcTemplate sql;

    @BeforeEach
    void databaseOfItsOwn() {
        JdbcClient server = JdbcClient.create(shared);
        if (template == null) {
            String name = "audit_before_v30_" + suffix();
            server.sql("create database " + name + " encoding 'UTF8' template template0").update();
            migrate(url(name), lastVersionBeforeKeys());
            template = name;
        }
        database = "audit_anchor_" + suffix();
        server.sql("create database " + database + " template " + template).update();
        dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url(database), "postgres", "");
        jdbc = JdbcClient.create(dataSource);
        sql = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void dropIt() {
        if (database == null) {
            return;
        }
        JdbcClient.create(shared).sql("drop database if exists " + database + " with (force)").update();
    }

    // --- what an application with the key writes and verifies

    @Test
    void entriesWrittenWithTheKeyVerifyAndEachNamesItsKey() {
        migrate(url(database), null);
        HashChainedAuditLog log = log(keys("a1", "a1", A1), null);
        appendSome(log, 5);

        assertThat(log.verify()).isEqualTo(ChainVerification.intact(5, 0));
        assertThat(jdbc.sql("select key_id from audit_entry order by id").query(String.class).list())
                .containsOnly("a1").hasSize(5);
        assertThat(log.anchor()).as("a keyed chain needs no anchor").isEmpty();
    }

    @Test
    void editingOneEntryIsDetected() throws Exception {
        migrate(url(database), null);
        HashChainedAuditLog log = log(keys("a1", "a1", A1), null);
        appendSome(log, 5);
        try (Tampering tampering = tampering()) {
            tampering.sql.update("update audit_entry set details = 'fields=nothing' where id = 3");
        }

        assertThat(log.verify()).isEqualTo(ChainVerification.broken(2, 3, "ALTERED"));
    }

    @Test
    void deletingOneEntryIsDetected() throws Exception {
        migrate(url(database), null);
        HashChainedAuditLog log = log(keys("a1", "a1", A1), null);
        appendSome(log, 5);
        try (Tampering tampering = tampering()) {
            tampering.sql.update("delete from audit_entry where id = 3");
        }

        // reported at the entry after the gap: the one whose predecessor is missing
        assertThat(log.verify()).isEqualTo(ChainVerification.broken(2, 4, "MISSING"));
    }

    @Test
    void recomputingTheWholeChainWithThePublicAlgorithmIsDetectedEvenAfterTheApplicationAppendsToIt()
            throws Exception {
        migrate(url(database), null);
        HashChainedAuditLog log = log(keys("a1", "a1", A1), null);
        appendSome(log, 5);
        try (Tampering tampering = tampering()) {
            tampering.edit(2, "fields=nothing-happened");
            tampering.recompute(1, null, null);
        }

        ChainVerification rewritten = log.verify();
        assertThat(rewritten).isEqualTo(ChainVerification.broken(5, 5, "UNANCHORED"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        printed.println(AuditVerificationCommand.describe(rewritten));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit chain BROKEN at entry 5: UNANCHORED");

        // people keep working: the application appends under its key after the forged entries
        log.record(AuditEvent.of("clerk", "THING_VIEWED", "thing", "6", "fields=name"));
        assertThat(log.verify()).isEqualTo(ChainVerification.broken(5, 6, "UNANCHORED"));
    }

    @Test
    void recomputingTheChainFromOneEntryOnWithoutTheKeyIsDetectedThere() throws Exception {
        migrate(url(database), null);
        HashChainedAuditLog log = log(keys("a1", "a1", A1), null);
        appendSome(log, 5);
        try (Tampering tampering = tampering()) {
            tampering.edit(3, "fields=nothing-happened");
            tampering.recompute(3, null, null);
        }

        assertThat(log.verify()).isEqualTo(ChainVerification.broken(2, 3, "UNKEYED"));
    }

    @Test
    void recomputingTheWholeChainWithAGuessedKeyIsDetected() throws Exception {
        migrate(url(database), null);
        HashChainedAuditLog log = log(keys("a1", "a1", A1), null);
        appendSome(log, 5);
        try (Tampering tampering = tampering()) {
            tampering.edit(2, "fields=nothing-happened");
            tampering.recompute(1, "a1", mac(randomKey()));
        }

        assertThat(log.verify()).isEqualTo(ChainVerification.broken(0, 1, "ALTERED"));
    }

    // --- checkpoints exported outside the database

    @Test
    void aChainRewrittenThenAnchoredAgainAtARestartIsCaughtByTheCheckpointExportedBefore() throws Exception {
        migrate(url(database), null);
        Path file = directory.resolve("checkpoints/audit-checkpoints.log");
        HashChainedAuditLog log = log(keys("a1", "a1", A1), file);
        appendSome(log, 3);
        checkpoints(keys("a1", "a1", A1), file).exportHead();
        appendSome(log, 2);
        assertThat(log.verify()).isEqualTo(ChainVerification.intact(5, 1));
        assertThat(Files.readString(file)).startsWith("AUDIT-CHECKPOINT entry=3 hash=");

        try (Tampering tampering = tampering()) {
            tampering.edit(2, "fields=nothing-happened");
            tampering.recompute(1, null, null);
        }
        // the application restarts, finds a chain without keys and anchors it
        assertThat(log.anchor()).contains(6L);

        assertThat(log.verify()).isEqualTo(ChainVerification.broken(2, 3, "CHECKPOINT_MISMATCH"));
    }

    @Test
    void theNewestEntriesRemovedTogetherWithTheHeadAreCaughtByACheckpoint() throws Exception {
        migrate(url(database), null);
        Path file = directory.resolve("audit-checkpoints.log");
        HashChainedAuditLog log = log(keys("a1", "a1", A1), file);
        appendSome(log, 5);
        checkpoints(keys("a1", "a1", A1), file).exportHead();
        try (Tampering tampering = tampering()) {
            String third = tampering.sql.queryForObject("select hash from audit_entry where id = 3", String.class);
            tampering.sql.update("delete from audit_entry where id > 3");
            tampering.sql.update("update audit_chain_head set last_seq = 3, last_hash = ? where id = 1", third);
        }

        assertThat(log(keys("a1", "a1", A1), null).verify()).as("without the checkpoint, a clean cut looks intact")
                .isEqualTo(ChainVerification.intact(3, 0));
        assertThat(log.verify()).isEqualTo(ChainVerification.broken(3, 3, "MISSING_AFTER"));
    }

    @Test
    void aCheckpointAlteredInItsFileIsReported() throws Exception {
        migrate(url(database), null);
        Path file = directory.resolve("audit-checkpoints.log");
        HashChainedAuditLog log = log(keys("a1", "a1", A1), file);
        appendSome(log, 2);
        checkpoints(keys("a1", "a1", A1), file).exportHead();
        appendSome(log, 2);
        checkpoints(keys("a1", "a1", A1), file).exportHead();
        // a copy of the application log serves as well: the lines are found within log lines
        Files.writeString(file, "2026-12-01T10:00:00Z INFO o.s.a.i.AuditCheckpoints : " + Files.readString(file));
        assertThat(log.verify()).isEqualTo(ChainVerification.intact(4, 2));

        String forged = Files.readString(file).replaceFirst("entry=2 hash=[0-9a-f]{64}", "entry=2 hash=" + "a".repeat(64));
        Files.writeString(file, forged);

        assertThat(log.verify()).isEqualTo(ChainVerification.broken(0, 2, "CHECKPOINT_INVALID"));
    }

    // --- rotation of the audit key

    @Test
    void rotatingTheKeyKeepsOldEntriesVerifiableAsLongAsTheRetiredKeyIsConfigured() {
        migrate(url(database), null);
        appendSome(log(keys("a1", "a1", A1), null), 3);
        HashChainedAuditLog rotated = log(keys("a2", "a1", A1, "a2", A2), null);
        appendSome(rotated, 2);

        assertThat(rotated.verify()).isEqualTo(ChainVerification.intact(5, 0));
        assertThat(jdbc.sql("select key_id from audit_entry order by id").query(String.class).list())
                .containsExactly("a1", "a1", "a1", "a2", "a2");
        assertThat(log(keys("a2", "a2", A2), null).verify()).as("the retired key removed")
                .isEqualTo(ChainVerification.broken(0, 1, "UNKNOWN_KEY"));
    }

    // --- chains written before V30

    @Test
    void aChainWrittenBeforeKeysKeepsItsPlainHashesAndIsAnchoredOnceAtStartUp() {
        String previous = HashChainedAuditLog.GENESIS;
        Instant at = Instant.parse("2026-01-05T08:30:00.123456Z");
        for (long id = 1; id <= 3; id++) {
            String details = "fields=name" + id;
            String hash = legacyHash(previous, id, at, "admin", "USER_UPDATED", "user", "7", details, "10.0.0.1");
            jdbc.sql("""
                    insert into audit_entry (id, occurred_at, actor, action, target_type, target_id, details, client_ip,
                                             prev_hash, hash)
                    values (?, ?, 'admin', 'USER_UPDATED', 'user', '7', ?, '10.0.0.1', ?, ?)""")
                    .params(id, Timestamp.from(at), details, previous, hash).update();
            previous = hash;
        }
        jdbc.sql("update audit_chain_head set last_id = 3, last_hash = ?").param(previous).update();
        migrate(url(database), null);
        HashChainedAuditLog log = log(keys("a1", "a1", A1), null);

        assertThat(log.verify()).as("before the first start with a key")
                .isEqualTo(ChainVerification.broken(3, 3, "UNANCHORED"));
        assertThat(log.anchor()).contains(4L);
        assertThat(log.anchor()).as("once").isEmpty();
        appendSome(log, 2);

        assertThat(log.verify()).isEqualTo(ChainVerification.intact(6, 0));
        assertThat(jdbc.sql("select coalesce(key_id, '-') from audit_entry order by id").query(String.class).list())
                .containsExactly("-", "-", "-", "a1", "a1", "a1");
        assertThat(jdbc.sql("select action || ' ' || details from audit_entry where id = 4").query(String.class)
                .single()).isEqualTo("AUDIT_CHAIN_ANCHORED key=a1;unkeyed-entries=3");
    }

    // --- helpers

    private HashChainedAuditLog log(AuditKeys keys, Path checkpointFile) {
        return new HashChainedAuditLog(jdbc, sql, keys, checkpoints(keys, checkpointFile));
    }

    private AuditCheckpoints checkpoints(AuditKeys keys, Path file) {
        return new AuditCheckpoints(keys, file, jdbc);
    }

    private static AuditKeys keys(String active, String... idsAndKeys) {
        Map<String, String> ring = new LinkedHashMap<>();
        for (int i = 0; i < idsAndKeys.length; i += 2) {
            ring.put(idsAndKeys[i], idsAndKeys[i + 1]);
        }
        return new AuditKeys(new AuditProperties(active, ring, null, Duration.ofHours(1)), new DemoMode(false, false));
    }

    private static void appendSome(HashChainedAuditLog log, int count) {
        for (int i = 0; i < count; i++) {
            log.record(AuditEvent.of("clerk", "THING_UPDATED", "thing", UUID.randomUUID(), "fields=name"));
        }
    }

    /** SHA-256 of the fields as the chain computed it before keys (V3 to V29), written out here on purpose. */
    private static String legacyHash(String previous, long id, Instant at, String actor, String action,
            String targetType, String targetId, String details, String clientIp) {
        return HashChainedAuditLog.sha256(String.join("\u001f", previous, Long.toString(id), at.toString(), actor,
                action, targetType, targetId, details, clientIp));
    }

    private static Mac mac(String base64) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(base64), "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String suffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String url(String name) {
        try {
            String sharedUrl = shared.unwrap(HikariDataSource.class).getJdbcUrl();
            return sharedUrl.replaceFirst("/[a-z0-9_]+(\\?|$)", "/" + name + "$1");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest migration before V30, whatever the other migrations added since are numbered. */
    private static String lastVersionBeforeKeys() {
        try {
            return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                            .getResources("classpath*:db/migration/V*__*.sql"))
                    .map(resource -> resource.getFilename().substring(1, resource.getFilename().indexOf("__")))
                    .mapToInt(Integer::parseInt).filter(version -> version < 30).max().orElseThrow() + "";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void migrate(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration");
        if (target != null) {
            configuration = configuration.target(target);
        }
        configuration.load().migrate();
    }

    private Tampering tampering() throws Exception {
        return new Tampering(dataSource.getConnection());
    }

    /** What a superuser can do: write with the triggers off, and recompute seals with what the source code says. */
    static final class Tampering implements AutoCloseable {

        private final Connection connection;
        final JdbcTemplate sql;

        Tampering(Connection connection) throws Exception {
            this.connection = connection;
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        }

        void edit(long id, String details) {
            sql.update("update audit_entry set details = ? where id = ?", details, id);
        }

        /**
         * Recomputes every entry of chain 1 (where every entry of these single-threaded tests is, at its id) from
         * {@code fromId} on, and the head: plainly (no key) or with a key of one's own.
         */
        void recompute(long fromId, String keyId, Mac mac) {
            String previous = fromId == 1 ? HashChainedAuditLog.GENESIS
                    : sql.queryForObject("select hash from audit_entry where id = ?", String.class, fromId - 1);
            List<HashChainedAuditLog.Entry> entries = sql.query("""
                    select seq, occurred_at, actor, action, target_type, target_id, details, client_ip
                      from audit_entry where chain = 1 and seq >= ? order by seq""",
                    (rs, n) -> new HashChainedAuditLog.Entry(rs.getLong("seq"),
                            rs.getTimestamp("occurred_at").toInstant().truncatedTo(ChronoUnit.MICROS),
                            rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                            rs.getString("target_id"), rs.getString("details"), rs.getString("client_ip"), keyId),
                    fromId);
            for (HashChainedAuditLog.Entry entry : entries) {
                String hash = HashChainedAuditLog.seal(mac, previous, entry);
                sql.update("update audit_entry set key_id = ?, prev_hash = ?, hash = ? where chain = 1 and seq = ?",
                        keyId, previous, hash, entry.seq());
                previous = hash;
            }
            sql.update("update audit_chain_head set last_hash = ? where id = 1", previous);
        }

        @Override
        public void close() throws Exception {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = origin");
            } finally {
                connection.close();
            }
        }
    }
}
