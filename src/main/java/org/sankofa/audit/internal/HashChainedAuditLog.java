package org.sankofa.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;

import org.sankofa.audit.AuditChain;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each entry carries a seal of its own content and of the previous entry's seal: an HMAC-SHA-256 under a key kept
 * outside the database, whose id the entry names (entries written before keys existed carry a plain SHA-256 and no
 * key id, and are anchored by the first keyed entry, {@value #ANCHORED}). Entries are numbered without gaps, and the
 * head of the chain is kept apart, so that an entry altered, removed from the middle or removed from the end is each
 * detected; checkpoints of the head exported outside the database ({@link AuditCheckpoints}) catch a chain cut or
 * rewritten by someone who controls the database. Appends are serialised by the lock on the head row, held until
 * commit, and cost what they cost before keys: one statement to lock and read the head, one to write.
 */
@Service
class HashChainedAuditLog implements AuditLog, AuditChain {

    private static final Logger log = LoggerFactory.getLogger(HashChainedAuditLog.class);

    static final String GENESIS = "0".repeat(64);
    /** The first keyed entry after entries written without a key: it seals them. */
    static final String ANCHORED = "AUDIT_CHAIN_ANCHORED";
    private static final int MAX_TEXT = 500;
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    HashChainedAuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditKeys keys, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.keys = keys;
        this.checkpoints = checkpoints;
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
        append(head, events);
    }

    /**
     * Seals the entries written before the chain had a key: when the newest entry carries no key id, appends a keyed
     * {@value #ANCHORED} entry after it (whose seal covers them all), under the head's lock so that nodes starting
     * together anchor once. Returns the anchor's id, or nothing when there was nothing to anchor.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public Optional<Long> anchor() {
        record Newest(long lastId, String lastHash, boolean present, String keyId) {
        }
        Newest newest = jdbc.sql("""
                select h.last_id, h.last_hash, e.id is not null as present, e.key_id
                  from audit_chain_head h left join audit_entry e on e.id = h.last_id
                 where h.id = 1 for update of h""")
                .query((rs, n) -> new Newest(rs.getLong("last_id"), rs.getString("last_hash"),
                        rs.getBoolean("present"), rs.getString("key_id")))
                .single();
        if (newest.lastId() == 0 || !newest.present() || newest.keyId() != null) {
            return Optional.empty();
        }
        append(new Head(newest.lastId(), newest.lastHash()), List.of(new AuditEvent(null, ANCHORED, "audit_entry",
                Long.toString(newest.lastId()), "key=" + keys.activeKeyId() + ";unkeyed-entries=" + newest.lastId(),
                null)));
        log.info("Audit chain anchored: its {} entries written without a key are sealed by entry {} under key '{}'.",
                newest.lastId(), newest.lastId() + 1, keys.activeKeyId());
        return Optional.of(newest.lastId() + 1);
    }

    private void append(Head head, List<AuditEvent> events) {
        String keyId = keys.activeKeyId();
        Mac mac = keys.mac(keyId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = head.lastId();
        String previousHash = head.lastHash();
        int count = events.size();
        Long[] ids = new Long[count];
        Timestamp[] times = new Timestamp[count];
        String[][] texts = new String[9][count];
        for (int i = 0; i < count; i++) {
            AuditEvent event = events.get(i);
            Entry entry = new Entry(++id, now, clip(event.actor(), 60), clip(event.action(), 60),
                    clip(event.targetType(), 60), clip(event.targetId(), 100), clip(event.details(), MAX_TEXT),
                    clip(event.clientIp(), 64), keyId);
            String hash = seal(mac, previousHash, entry);
            ids[i] = entry.id();
            times[i] = Timestamp.from(entry.occurredAt());
            String[] values = {entry.actor(), entry.action(), entry.targetType(), entry.targetId(), entry.details(),
                    entry.clientIp(), previousHash, hash, keyId};
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
                                             client_ip, prev_hash, hash, key_id)
                    select * from unnest(?, ?, cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
                                         cast(? as varchar[]), cast(? as text[]), cast(? as varchar[]),
                                         cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]))""");
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
     * meanwhile neither show up half-way nor make the head look wrong, and compares it with the checkpoints exported
     * outside the database. Reports the first problem found.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        Map<Long, List<String>> pinned = new HashMap<>();
        long maxPinned = 0;
        for (AuditCheckpoints.Checkpoint checkpoint : checkpoints.read()) {
            if (!checkpoints.authentic(checkpoint)) {
                return ChainVerification.broken(0, checkpoint.entryId(), "CHECKPOINT_INVALID");
            }
            pinned.computeIfAbsent(checkpoint.entryId(), id -> new ArrayList<>()).add(checkpoint.hash());
            maxPinned = Math.max(maxPinned, checkpoint.entryId());
        }
        Head head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")))
                .single();
        Map<String, Mac> macs = new HashMap<>();
        long expectedId = 1;
        String previousHash = GENESIS;
        long checked = 0;
        long matched = 0;
        boolean keyed = false;
        while (true) {
            List<StoredEntry> batch = jdbc.sql("""
                    select id, occurred_at, actor, action, target_type, target_id, details, client_ip, key_id,
                           prev_hash, hash
                      from audit_entry where id >= ? order by id limit ?""")
                    .params(expectedId, BATCH)
                    .query((rs, n) -> new StoredEntry(new Entry(rs.getLong("id"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                            rs.getString("target_type"), rs.getString("target_id"), rs.getString("details"),
                            rs.getString("client_ip"), rs.getString("key_id")), rs.getString("prev_hash"),
                            rs.getString("hash")))
                    .list();
            for (StoredEntry stored : batch) {
                Entry entry = stored.entry();
                if (entry.id() != expectedId) {
                    return ChainVerification.broken(checked, expectedId, "MISSING");
                }
                Mac mac = null;
                if (entry.keyId() == null) {
                    if (keyed) {
                        // written, or rewritten, without the key after the chain had one
                        return ChainVerification.broken(checked, entry.id(), "UNKEYED");
                    }
                } else {
                    mac = macs.computeIfAbsent(entry.keyId(), keys::mac);
                    if (mac == null) {
                        return ChainVerification.broken(checked, entry.id(), "UNKNOWN_KEY");
                    }
                    if (!keyed && entry.id() > 1 && !ANCHORED.equals(entry.action())) {
                        // the entries before carry no key and nothing of the application's sealed them
                        return ChainVerification.broken(checked, entry.id(), "UNANCHORED");
                    }
                    keyed = true;
                }
                String expected = seal(mac, previousHash, entry);
                if (!expected.equals(stored.hash()) || !previousHash.equals(stored.prevHash())) {
                    return ChainVerification.broken(checked, entry.id(), "ALTERED");
                }
                List<String> pins = pinned.get(entry.id());
                if (pins != null) {
                    if (!pins.stream().allMatch(expected::equals)) {
                        return ChainVerification.broken(checked, entry.id(), "CHECKPOINT_MISMATCH");
                    }
                    matched += pins.size();
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
            return ChainVerification.broken(checked, expectedId, "MISSING");
        }
        if (lastId > head.lastId() || !previousHash.equals(head.lastHash())) {
            return ChainVerification.broken(checked, Math.max(head.lastId(), 1), "HEAD_MISMATCH");
        }
        if (lastId < maxPinned) {
            // the newest entries were removed together with the head: a checkpoint had seen them
            return ChainVerification.broken(checked, expectedId, "MISSING");
        }
        if (lastId > 0 && !keyed) {
            return ChainVerification.broken(checked, lastId, "UNANCHORED");
        }
        return ChainVerification.intact(checked, matched);
    }

    /**
     * The seal of an entry after {@code previousHash}: HMAC-SHA-256 under the entry's key, or the plain SHA-256 of
     * the chains written before keys (no key id, exactly as it was computed then).
     */
    static String seal(Mac mac, String previousHash, Entry entry) {
        String content = String.join("\u001f", previousHash, Long.toString(entry.id()),
                entry.occurredAt().toString(), nn(entry.actor()), nn(entry.action()), nn(entry.targetType()),
                nn(entry.targetId()), nn(entry.details()), nn(entry.clientIp()));
        if (mac == null) {
            return sha256(content);
        }
        byte[] sealed = mac.doFinal((content + "\u001f" + entry.keyId()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sealed);
    }

    static String sha256(String content) {
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
            String details, String clientIp, String keyId) {
    }
}
