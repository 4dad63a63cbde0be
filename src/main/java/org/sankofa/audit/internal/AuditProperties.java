package org.sankofa.audit.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys that seal the audit chain and where its checkpoints go. Environment variables:
 * {@code SANKOFA_AUDIT_ACTIVE_KEY=a2}, {@code SANKOFA_AUDIT_KEYS_A1=<base64>}, {@code SANKOFA_AUDIT_KEYS_A2=<base64>}
 * (32 random bytes each, {@code openssl rand -base64 32}), {@code SANKOFA_AUDIT_CHECKPOINT_FILE=/mnt/elsewhere/…}.
 * See docs/security.md §8 and docs/operations.md.
 *
 * @param activeKey       the id of the key that seals new entries (may be omitted when exactly one key is configured)
 * @param keys            key id → base64 of a 32-byte HMAC-SHA-256 key; retired keys stay here to verify old entries
 * @param checkpointFile  a file, outside the database, that signed checkpoints of the head are appended to and that
 *                        verification compares the chain with; none by default (checkpoints then go to the log only)
 * @param checkpointEvery how often a checkpoint of the head is exported (by one node, through the background work)
 */
@ConfigurationProperties("sankofa.audit")
public record AuditProperties(String activeKey, Map<String, String> keys, Path checkpointFile,
        @DefaultValue("PT1H") Duration checkpointEvery) {

    public AuditProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
