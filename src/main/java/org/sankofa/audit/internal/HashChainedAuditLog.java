package org.sankofa.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.sankofa.audit.AuditChain;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.audit.ChainVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each entry carries the SHA-256 of its own content and of the previous entry's hash. Entries are numbered
 * without gaps, and the head of the chain is kept apart, so that an entry altered, removed from the middle or
 * removed from the end is each detected. Appends are serialised by the lock on the head row, held until commit.
 */
@Service
class HashChainedAuditLog implements AuditLog, AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final int MAX_TEXT = 500;
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    HashChainedAuditLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    /** Appends the entries under one lock, with one read and one update of the head and one batch of inserts. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // the head row's lock serialises appends until commit: one round trip to lock and read it, one to write the
        // entries and the new head, then the commit (every search that shows names appends here)
        Head head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = head.lastId();
        String previousHash = head.lastHash();
        int count = events.size();
        Long[] ids = new Long[count];
        Timestamp[] times = new Timestamp[count];
        String[][] texts = new String[8][count];
        for (int i = 0; i < count; i++) {
            AuditEvent event = events.get(i);
            Entry entry = new Entry(++id, now, clip(event.actor(), 60), clip(event.action(), 60),
                    clip(event.targetType(), 60), clip(event.targetId(), 100), clip(event.details(), MAX_TEXT),
                    clip(event.clientIp(), 64));
            String hash = hash(previousHash, entry);
            ids[i] = entry.id();
            times[i] = Timestamp.from(entry.occurredAt());
            String[] values = {entry.actor(), entry.action(), entry.targetType(), entry.targetId(), entry.details(),
                    entry.clientIp(), previousHash, hash};
            for (int column = 0; column < values.length; column++) {
                texts[column][i] = values[column];
            }
            previousHash = hash;
        }
        long lastId = id;
        String lastHash = previousHash;
        jdbcTemplate.update(connection -> {
            var statement = connection.prepareStatement("""
                    with head as (update audit_chain_head set last_id = ?, last_hash = ? where id = 1)
                    insert into audit_entry (id, occurred_at, actor, action, target_type, target_id, details,
                                             client_ip, prev_hash, hash)
                    select * from unnest(?, ?, cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
                                         cast(? as varchar[]), cast(? as text[]), cast(? as varchar[]),
                                         cast(? as varchar[]), cast(? as varchar[]))""");
            statement.setLong(1, lastId);
            statement.setString(2, lastHash);
            statement.setArray(3, connection.createArrayOf("bigint", ids));
            statement.setArray(4, connection.createArrayOf("timestamptz", times));
            for (int column = 0; column < texts.length; column++) {
                statement.setArray(5 + column, connection.createArrayOf("text", texts[column]));
            }
            return statement;
        });
    }

    /**
     * Walks the chain from the first entry in batches, in one snapshot (repeatable read) so that entries appended
     * meanwhile neither show up half-way nor make the head look wrong.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        Head head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
        long expectedId = 1;
        String previousHash = GENESIS;
        long checked = 0;
        while (true) {
            List<StoredEntry> batch = jdbc.sql("""
                    select id, occurred_at, actor, action, target_type, target_id, details, client_ip, prev_hash, hash
                      from audit_entry where id >= ? order by id limit ?""")
                    .params(expectedId, BATCH)
                    .query((rs, n) -> new StoredEntry(new Entry(rs.getLong("id"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                            rs.getString("target_type"), rs.getString("target_id"), rs.getString("details"),
                            rs.getString("client_ip")), rs.getString("prev_hash"), rs.getString("hash")))
                    .list();
            for (StoredEntry stored : batch) {
                Entry entry = stored.entry();
                if (entry.id() != expectedId) {
                    return new ChainVerification(false, checked, expectedId, "MISSING");
                }
                String expected = hash(previousHash, entry);
                if (!expected.equals(stored.hash()) || !previousHash.equals(stored.prevHash())) {
                    return new ChainVerification(false, checked, entry.id(), "ALTERED");
                }
                previousHash = expected;
                expectedId++;
                checked++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        long lastId = expectedId - 1;
        if (lastId < head.lastId()) {
            return new ChainVerification(false, checked, expectedId, "MISSING");
        }
        if (lastId > head.lastId() || !previousHash.equals(head.lastHash())) {
            return new ChainVerification(false, checked, Math.max(head.lastId(), 1), "HEAD_MISMATCH");
        }
        return new ChainVerification(true, checked, null, null);
    }

    Optional<Long> lastId() {
        return jdbc.sql("select last_id from audit_chain_head where id = 1").query(Long.class).optional();
    }

    static String hash(String previousHash, Entry entry) {
        String content = String.join("\u001f", previousHash, Long.toString(entry.id()),
                entry.occurredAt().toString(), nn(entry.actor()), nn(entry.action()), nn(entry.targetType()),
                nn(entry.targetId()), nn(entry.details()), nn(entry.clientIp()));
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nn(String value) {
        return value == null ? "\u0000" : value;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    record Head(long lastId, String lastHash) {
    }

    record StoredEntry(Entry entry, String prevHash, String hash) {
    }

    record Entry(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
            String details, String clientIp) {
    }
}
