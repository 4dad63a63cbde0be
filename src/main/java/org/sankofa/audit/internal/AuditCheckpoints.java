package org.sankofa.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signed checkpoints of the chain's head, exported outside the database: a line in the application log and, when
 * {@code sankofa.audit.checkpoint-file} is set, in that file. A checkpoint pins every entry up to its own (each hash
 * covers the previous one), so verification that reads them back detects a chain rewritten before it, or cut after
 * it, even by someone who could append to the chain with the key afterwards. Lines are recognised anywhere in a line,
 * so that a copy of the log can serve as the file.
 */
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    static final String MARK = "AUDIT-CHECKPOINT";
    private static final Pattern LINE = Pattern.compile(MARK + "(?: chain=(\\d{1,2}))?"
            + " entry=(\\d{1,18}) hash=([0-9a-f]{64}) at=(\\S+) key=([a-z0-9][a-z0-9-]{0,31}) mac=([0-9a-f]{64})");

    /**
     * One checkpoint: a chain's head — its position ({@code entry}: in chain 1 the entry's id, as before there were
     * several chains, whose lines name no chain) and hash — when it was taken, and its signature under a key.
     */
    record Checkpoint(int chain, long entryId, String hash, Instant at, String keyId, String mac) {

        String line() {
            return MARK + (chain == 1 ? "" : " chain=" + chain) + " entry=" + entryId + " hash=" + hash + " at=" + at
                    + " key=" + keyId + " mac=" + mac;
        }
    }

    private final AuditKeys keys;
    private final Path file;
    private final JdbcClient jdbc;

    AuditCheckpoints(AuditKeys keys, Path file, JdbcClient jdbc) {
        this.keys = keys;
        this.file = file;
        this.jdbc = jdbc;
    }

    /** Signs the current head of each chain that has entries and exports them: log, then file. */
    List<Checkpoint> exportHead() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Checkpoint> heads = jdbc.sql("select id, last_seq, last_hash from audit_chain_head where last_seq > 0"
                        + " order by id")
                .query((rs, n) -> sign(rs.getInt("id"), rs.getLong("last_seq"), rs.getString("last_hash").strip(), at))
                .list();
        heads.forEach(this::export);
        return heads;
    }

    Checkpoint sign(int chain, long entryId, String hash, Instant at) {
        String keyId = keys.activeKeyId();
        return new Checkpoint(chain, entryId, hash, at, keyId, mac(keys.mac(keyId), chain, entryId, hash, at));
    }

    /** Whether the checkpoint was signed with a configured key: one with an unknown key or a bad signature is not. */
    boolean authentic(Checkpoint checkpoint) {
        Mac mac = keys.mac(checkpoint.keyId());
        return mac != null && MessageDigest.isEqual(
                mac(mac, checkpoint.chain(), checkpoint.entryId(), checkpoint.hash(), checkpoint.at())
                        .getBytes(StandardCharsets.US_ASCII),
                checkpoint.mac().getBytes(StandardCharsets.US_ASCII));
    }

    void export(Checkpoint checkpoint) {
        log.info("{}", checkpoint.line());
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, checkpoint.line() + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append the audit checkpoint to " + file, e);
        }
    }

    /** The checkpoints of the configured file, in their order; none when no file is configured or written yet. */
    List<Checkpoint> read() {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> parse(line).ifPresent(checkpoints::add));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Could not read the audit checkpoints in " + file, e);
        }
        return checkpoints;
    }

    static Optional<Checkpoint> parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            int chain = matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
            return Optional.of(new Checkpoint(chain, Long.parseLong(matcher.group(2)), matcher.group(3),
                    Instant.parse(matcher.group(4)), matcher.group(5), matcher.group(6)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The signature of a checkpoint; chain 1's content is as it was before there were several chains. */
    private static String mac(Mac mac, int chain, long entryId, String hash, Instant at) {
        String content = chain == 1 ? String.join("\u001f", MARK, Long.toString(entryId), hash, at.toString())
                : String.join("\u001f", MARK, "chain=" + chain, Long.toString(entryId), hash, at.toString());
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
