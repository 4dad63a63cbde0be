package org.sankofa.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.sankofa.database.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys that seal the audit chain (HMAC-SHA-256), by id, and the active one. They come from the configuration,
 * never from the database, so that someone who can only write to the database cannot recompute the chain. Outside
 * demo mode a missing or malformed key stops the application at start-up; in demo mode (and tests) without keys a
 * public demo key is used and a warning says so.
 */
final class AuditKeys {

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

    static final String DEMO_KEY_ID = "demo";
    static final String ALGORITHM = "HmacSHA256";
    private static final String DEMO_KEY_SEED = "sankofa-PUBLIC-demo-audit-key-NOT-SECRET";
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    static final String HOW_TO = "Generate a key with `openssl rand -base64 32` and set it, e.g. "
            + "SANKOFA_AUDIT_KEYS_A1=<key> SANKOFA_AUDIT_ACTIVE_KEY=a1 (see docs/operations.md, \"Audit log\"). "
            + "Keep it in your secret store, apart from the database: it is what makes the audit log tamper-evident.";

    private final Map<String, SecretKeySpec> keys;
    private final String activeKeyId;

    AuditKeys(AuditProperties properties, DemoMode demoMode) {
        Map<String, SecretKeySpec> ring = new LinkedHashMap<>();
        properties.keys().forEach((id, base64) -> {
            String keyId = id.toLowerCase(Locale.ROOT);
            if (!KEY_ID.matcher(keyId).matches()) {
                throw new IllegalStateException("Audit key id '" + id
                        + "' is invalid: use lower-case letters, digits and '-' (e.g. a1, 2026-01). " + HOW_TO);
            }
            ring.put(keyId, new SecretKeySpec(decode32("sankofa.audit.keys." + keyId, base64), ALGORITHM));
        });
        String active = properties.activeKey() == null || properties.activeKey().isBlank() ? null
                : properties.activeKey().strip().toLowerCase(Locale.ROOT);
        if (ring.isEmpty()) {
            if (!demoMode.enabled()) {
                throw new IllegalStateException("No audit key is configured (sankofa.audit.keys): without one the "
                        + "audit log could be rewritten by anyone with access to the database. " + HOW_TO);
            }
            log.warn("DEMO AUDIT KEY in use: no sankofa.audit.keys configured, so the audit chain is sealed with the "
                    + "public demo key '{}'. Never use demo mode with real data.", DEMO_KEY_ID);
            ring.put(DEMO_KEY_ID, new SecretKeySpec(sha256(DEMO_KEY_SEED), ALGORITHM));
            active = DEMO_KEY_ID;
        } else if (active == null) {
            if (ring.size() != 1) {
                throw new IllegalStateException("Several audit keys are configured " + ring.keySet()
                        + " but sankofa.audit.active-key does not say which one seals new entries.");
            }
            active = ring.keySet().iterator().next();
        } else if (!ring.containsKey(active)) {
            throw new IllegalStateException("sankofa.audit.active-key is '" + active
                    + "' but no audit key with that id is configured (configured: " + ring.keySet() + "). " + HOW_TO);
        }
        this.keys = Map.copyOf(ring);
        this.activeKeyId = active;
    }

    String activeKeyId() {
        return activeKeyId;
    }

    Set<String> ids() {
        return keys.keySet();
    }

    /** A MAC ready to use with the key of this id, or null when no such key is configured (any more). */
    Mac mac(String keyId) {
        SecretKeySpec key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode32(String property, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64. " + HOW_TO);
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (256 bits) in base64, but is "
                    + key.length + " bytes. " + HOW_TO);
        }
        return key;
    }

    private static byte[] sha256(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
