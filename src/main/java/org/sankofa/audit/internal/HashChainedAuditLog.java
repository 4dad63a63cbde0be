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
import java.util.concurrent.ThreadLocalRandom;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each entry carries a seal of its own content and of the previous entry's seal: an HMAC-SHA-256 under a key kept
 * outside the database, whose id the entry names (entries written before keys existed carry a plain SHA-256 and no
 * key id, and are anchored by the first keyed entry, {@value #ANCHORED}). Entries are numbered without gaps, and the
 * head of the chain is kept apart, so that an entry altered, removed from the middle or removed from the end is each
 * detected; checkpoints of the heads exported outside the database ({@link AuditCheckpoints}) catch a chain cut or
 * rewritten by someone who controls the database.
 * <p>
 * There are {@value #CHAINS} chains (migration V41), each numbered without gaps ({@code seq}) under a head row of its
 * own, so that appends do not all queue on one lock: an append takes the first head that no other transaction holds
 * ({@code for update skip locked}) and keeps it until commit, so up to {@value #CHAINS} transactions append at once,
 * and a transaction appends to one chain only (no two transactions can wait for each other's heads). An append costs
 * what it cost with one chain: one statement to lock and read a head, one to write. Entry ids come from a sequence and
 * order the log; what an entry's seal covers is its chain position. Chain 1 holds every entry written before V41 (its
 * positions are their ids, so their seals are unchanged); chain c &gt; 1 starts from a genesis of its own.
 */
@Service
class HashChainedAuditLog implements AuditLog, AuditChain {

    private static final Logger log = LoggerFactory.getLogger(HashChainedAuditLog.class);

    static final String GENESIS = "0".repeat(64);
    /** How many chains there are (the head rows of migration V41). */
    static final int CHAINS = 16;
    /** The chain the current transaction appends to, once it has taken one. */
    private static final Object HELD_CHAIN = new Object();
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

    /** Appends the entries under one head's lock, with one read and one update of it and one batch of inserts. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        append(takeHead(), events);
    }

    /**
     * Locks and reads a head until commit: the one this transaction already holds, else the first one free, else —
     * all {@value #CHAINS} taken — one at random, waited for. A transaction holds at most one head, so two never wait
     * for each other.
     */
    private Head takeHead() {
        Object held = TransactionSynchronizationManager.getResource(HELD_CHAIN);
        if (held instanceof Integer chain) {
            return lockHead(chain);
        }
        Head head = jdbc.sql("select id, last_seq, last_hash from audit_chain_head order by id limit 1"
                        + " for update skip locked")
                .query((rs, n) -> new Head(rs.getInt("id"), rs.getLong("last_seq"), rs.getString("last_hash")))
                .optional()
                .orElseGet(() -> lockHead(1 + ThreadLocalRandom.current().nextInt(CHAINS)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.bindResource(HELD_CHAIN, head.chain());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HELD_CHAIN);
                }
            });
        }
        return head;
    }

    private Head lockHead(int chain) {
        return jdbc.sql("select id, last_seq, last_hash from audit_chain_head where id = ? for update").param(chain)
                .query((rs, n) -> new Head(rs.getInt("id"), rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
    }

    /**
     * Seals the entries written before the chain had a key: when the newest entry of chain 1 (where every entry of
     * that time is) carries no key id, appends a keyed {@value #ANCHORED} entry after it (whose seal covers them
     * all), under the head's lock so that nodes starting together anchor once. Returns the anchor's position, or
     * nothing when there was nothing to anchor.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public Optional<Long> anchor() {
        record Newest(long lastSeq, String lastHash, boolean present, String keyId) {
        }
        Newest newest = jdbc.sql("""
                select h.last_seq, h.last_hash, e.id is not null as present, e.key_id
                  from audit_chain_head h left join audit_entry e on e.chain = h.id and e.seq = h.last_seq
                 where h.id = 1 for update of h""")
                .query((rs, n) -> new Newest(rs.getLong("last_seq"), rs.getString("last_hash"),
                        rs.getBoolean("present"), rs.getString("key_id")))
                .single();
        if (newest.lastSeq() == 0 || !newest.present() || newest.keyId() != null) {
            return Optional.empty();
        }
        append(new Head(1, newest.lastSeq(), newest.lastHash()), List.of(new AuditEvent(null, ANCHORED,
                "audit_entry", Long.toString(newest.lastSeq()), "key=" + keys.activeKeyId() + ";unkeyed-entries="
                        + newest.lastSeq(), null)));
        log.info("Audit chain anchored: its {} entries written without a key are sealed by entry {} under key '{}'.",
                newest.lastSeq(), newest.lastSeq() + 1, keys.activeKeyId());
        return Optional.of(newest.lastSeq() + 1);
    }

    private void append(Head head, List<AuditEvent> events) {
        String keyId = keys.activeKeyId();
        Mac mac = keys.mac(keyId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long seq = head.lastSeq();
        String previousHash = head.lastHash();
        int count = events.size();
        Long[] positions = new Long[count];
        Timestamp[] times = new Timestamp[count];
        String[][] texts = new String[9][count];
        for (int i = 0; i < count; i++) {
            AuditEvent event = events.get(i);
            Entry entry = new Entry(++seq, now, clip(event.actor(), 60), clip(event.action(), 60),
                    clip(event.targetType(), 60), clip(event.targetId(), 100), clip(event.details(), MAX_TEXT),
                    clip(event.clientIp(), 64), keyId);
            String hash = seal(mac, previousHash, entry);
            positions[i] = entry.seq();
            times[i] = Timestamp.from(entry.occurredAt());
            String[] values = {entry.actor(), entry.action(), entry.targetType(), entry.targetId(), entry.details(),
                    entry.clientIp(), previousHash, hash, keyId};
            for (int column = 0; column < values.length; column++) {
                texts[column][i] = values[column];
            }
            previousHash = hash;
        }
        long lastSeq = seq;
        String lastHash = previousHash;
        jdbcTemplate.update(connection -> {
            var statement = connection.prepareStatement("""
                    with head as (update audit_chain_head set last_seq = ?, last_hash = ? where id = ?)
                    insert into audit_entry (chain, seq, occurred_at, actor, action, target_type, target_id, details,
                                             client_ip, prev_hash, hash, key_id)
                    select ?, * from unnest(?, ?, cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
                                            cast(? as varchar[]), cast(? as text[]), cast(? as varchar[]),
                                            cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]))
                    order by 2""");
            statement.setLong(1, lastSeq);
            statement.setString(2, lastHash);
            statement.setInt(3, head.chain());
            statement.setInt(4, head.chain());
            statement.setArray(5, connection.createArrayOf("bigint", positions));
            statement.setArray(6, connection.createArrayOf("timestamptz", times));
            for (int column = 0; column < texts.length; column++) {
                statement.setArray(7 + column, connection.createArrayOf("text", texts[column]));
            }
            return statement;
        });
    }

    /** The first hash of a chain: zeros for chain 1 (as before V41), a value of its own for each other chain. */
    static String genesis(int chain) {
        return chain == 1 ? GENESIS : sha256("sankofa audit chain " + chain);
    }

    /**
     * Walks each chain from its first entry in batches, in one snapshot (repeatable read) so that entries appended
     * meanwhile neither show up half-way nor make a head look wrong, and compares it with the checkpoints exported
     * outside the database. Reports the first problem found, naming the entry by its id (for an entry missing from the
     * middle of a chain, the entry after it).
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        Map<String, List<String>> pinned = new HashMap<>();
        Map<Integer, Long> maxPinned = new HashMap<>();
        for (AuditCheckpoints.Checkpoint checkpoint : checkpoints.read()) {
            if (!checkpoints.authentic(checkpoint)) {
                return ChainVerification.broken(0, checkpoint.entryId(), "CHECKPOINT_INVALID");
            }
            pinned.computeIfAbsent(checkpoint.chain() + ":" + checkpoint.entryId(), id -> new ArrayList<>())
                    .add(checkpoint.hash());
            maxPinned.merge(checkpoint.chain(), checkpoint.entryId(), Math::max);
        }
        List<Head> heads = jdbc.sql("select id, last_seq, last_hash from audit_chain_head order by id")
                .query((rs, n) -> new Head(rs.getInt("id"), rs.getLong("last_seq"), rs.getString("last_hash")))
                .list();
        Map<String, Mac> macs = new HashMap<>();
        long checked = 0;
        long matched = 0;
        for (Head head : heads) {
            ChainWalk walk = new ChainWalk(head.chain(), checked);
            ChainVerification broken = walk(walk, pinned, macs);
            if (broken != null) {
                return broken;
            }
            checked = walk.checked;
            matched += walk.matched;
            if (walk.lastSeq < head.lastSeq()) {
                return ChainVerification.broken(checked, walk.lastId, "MISSING_AFTER");
            }
            if (walk.lastSeq > head.lastSeq() || !walk.previousHash.equals(head.lastHash())) {
                return ChainVerification.broken(checked, walk.lastId, "HEAD_MISMATCH");
            }
            if (walk.lastSeq < maxPinned.getOrDefault(head.chain(), 0L)) {
                // the newest entries were removed together with the head: a checkpoint had seen them
                return ChainVerification.broken(checked, walk.lastId, "MISSING_AFTER");
            }
            if (walk.lastSeq > 0 && !walk.keyed) {
                return ChainVerification.broken(checked, walk.lastId, "UNANCHORED");
            }
        }
        return ChainVerification.intact(checked, matched);
    }

    /** Where the walk of one chain is: its position, the hash to follow, what was checked and matched. */
    private static final class ChainWalk {
        final int chain;
        long checked;
        long matched;
        long lastSeq;
        long lastId;
        String previousHash;
        /** Whether a keyed entry was seen; chains other than 1 were keyed from their first entry. */
        boolean keyed;

        ChainWalk(int chain, long checkedBefore) {
            this.chain = chain;
            this.checked = checkedBefore;
            this.previousHash = genesis(chain);
            this.keyed = chain > 1;
        }
    }

    /** Walks one chain in batches; the problem found, or null. */
    private ChainVerification walk(ChainWalk walk, Map<String, List<String>> pinned, Map<String, Mac> macs) {
        while (true) {
            List<StoredEntry> batch = jdbc.sql("""
                    select id, seq, occurred_at, actor, action, target_type, target_id, details, client_ip, key_id,
                           prev_hash, hash
                      from audit_entry where chain = ? and seq > ? order by seq limit ?""")
                    .params(walk.chain, walk.lastSeq, BATCH)
                    .query((rs, n) -> new StoredEntry(rs.getLong("id"), new Entry(rs.getLong("seq"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                            rs.getString("target_type"), rs.getString("target_id"), rs.getString("details"),
                            rs.getString("client_ip"), rs.getString("key_id")), rs.getString("prev_hash"),
                            rs.getString("hash")))
                    .list();
            for (StoredEntry stored : batch) {
                Entry entry = stored.entry();
                if (entry.seq() != walk.lastSeq + 1) {
                    return ChainVerification.broken(walk.checked, stored.id(), "MISSING");
                }
                Mac mac = null;
                if (entry.keyId() == null) {
                    if (walk.keyed) {
                        // written, or rewritten, without the key after the chain had one
                        return ChainVerification.broken(walk.checked, stored.id(), "UNKEYED");
                    }
                } else {
                    mac = macs.computeIfAbsent(entry.keyId(), keys::mac);
                    if (mac == null) {
                        return ChainVerification.broken(walk.checked, stored.id(), "UNKNOWN_KEY");
                    }
                    if (!walk.keyed && entry.seq() > 1 && !ANCHORED.equals(entry.action())) {
                        // the entries before carry no key and nothing of the application's sealed them
                        return ChainVerification.broken(walk.checked, stored.id(), "UNANCHORED");
                    }
                    walk.keyed = true;
                }
                String expected = seal(mac, walk.previousHash, entry);
                if (!expected.equals(stored.hash()) || !walk.previousHash.equals(stored.prevHash())) {
                    return ChainVerification.broken(walk.checked, stored.id(), "ALTERED");
                }
                List<String> pins = pinned.get(walk.chain + ":" + entry.seq());
                if (pins != null) {
                    if (!pins.stream().allMatch(expected::equals)) {
                        return ChainVerification.broken(walk.checked, stored.id(), "CHECKPOINT_MISMATCH");
                    }
                    walk.matched += pins.size();
                }
                walk.previousHash = expected;
                walk.lastSeq = entry.seq();
                walk.lastId = stored.id();
                walk.checked++;
            }
            if (batch.size() < BATCH) {
                return null;
            }
        }
    }

    /**
     * The seal of an entry after {@code previousHash}: HMAC-SHA-256 under the entry's key, or the plain SHA-256 of
     * the chains written before keys (no key id, exactly as it was computed then).
     */
    static String seal(Mac mac, String previousHash, Entry entry) {
        String content = String.join("\u001f", previousHash, Long.toString(entry.seq()),
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

    record Head(int chain, long lastSeq, String lastHash) {
    }

    record StoredEntry(long id, Entry entry, String prevHash, String hash) {
    }

    /** What an entry's seal covers: its position in its chain ({@code seq}; the id for entries before V41) and content. */
    record Entry(long seq, Instant occurredAt, String actor, String action, String targetType, String targetId,
            String details, String clientIp, String keyId) {
    }
}
