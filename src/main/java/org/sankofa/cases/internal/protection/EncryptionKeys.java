package org.sankofa.cases.internal.protection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.sankofa.database.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key ring: every configured AES-256 key by id, the active one, and the blind-index key. Outside demo mode a
 * missing or malformed key stops the application at start-up; in demo mode (and tests) without keys, fixed demo keys
 * derived from public strings are used and a warning says so.
 */
public final class EncryptionKeys {

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);

    /** The id of the demo encryption key: values carrying it are readable by anyone who has the source code. */
    public static final String DEMO_KEY_ID = "demo";
    private static final String DEMO_KEY_SEED = "sankofa-PUBLIC-demo-encryption-key-NOT-SECRET";
    private static final String DEMO_INDEX_SEED = "sankofa-PUBLIC-demo-blind-index-key-NOT-SECRET";
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final String HOW_TO = "Generate a key with `openssl rand -base64 32` and set it, e.g. "
            + "SANKOFA_ENCRYPTION_KEYS_K1=<key> SANKOFA_ENCRYPTION_ACTIVE_KEY=k1, and a different one as "
            + "SANKOFA_ENCRYPTION_INDEX_KEY=<key> (see docs/operations.md, \"Rotating encryption keys\"). "
            + "Keep the keys in your secret store: without them the encrypted data cannot be read.";

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final byte[] indexKey;

    public EncryptionKeys(EncryptionProperties properties, DemoMode demoMode) {
        Map<String, SecretKey> ring = new LinkedHashMap<>();
        properties.keys().forEach((id, base64) -> {
            String keyId = id.toLowerCase(java.util.Locale.ROOT);
            if (!KEY_ID.matcher(keyId).matches()) {
                throw new IllegalStateException("Encryption key id '" + id
                        + "' is invalid: use lower-case letters, digits and '-' (e.g. k1, 2025-06). " + HOW_TO);
            }
            ring.put(keyId, new SecretKeySpec(decode32("sankofa.encryption.keys." + keyId, base64), "AES"));
        });
        String active = properties.activeKey() == null || properties.activeKey().isBlank() ? null
                : properties.activeKey().trim().toLowerCase(java.util.Locale.ROOT);
        if (ring.isEmpty()) {
            if (!demoMode.enabled()) {
                throw new IllegalStateException("No encryption key is configured (sankofa.encryption.keys), and "
                        + "Sankofa will not store victims' data unencrypted. " + HOW_TO);
            }
            log.warn("DEMO ENCRYPTION KEY in use: no sankofa.encryption.keys configured, so victims' data is encrypted "
                    + "with the public demo key '{}'. Never use demo mode with real data.", DEMO_KEY_ID);
            ring.put(DEMO_KEY_ID, new SecretKeySpec(sha256(DEMO_KEY_SEED), "AES"));
            active = DEMO_KEY_ID;
        } else if (active == null) {
            if (ring.size() != 1) {
                throw new IllegalStateException("Several encryption keys are configured " + ring.keySet()
                        + " but sankofa.encryption.active-key does not say which one encrypts new values.");
            }
            active = ring.keySet().iterator().next();
        } else if (!ring.containsKey(active)) {
            throw new IllegalStateException("sankofa.encryption.active-key is '" + active
                    + "' but no key with that id is configured (configured: " + ring.keySet() + "). " + HOW_TO);
        }
        if (properties.indexKey() == null || properties.indexKey().isBlank()) {
            if (!demoMode.enabled()) {
                throw new IllegalStateException("No blind-index key is configured (sankofa.encryption.index-key): "
                        + "names cannot be made searchable without storing them in clear. " + HOW_TO);
            }
            log.warn("DEMO BLIND-INDEX KEY in use: no sankofa.encryption.index-key configured. "
                    + "Never use demo mode with real data.");
            this.indexKey = sha256(DEMO_INDEX_SEED);
        } else {
            this.indexKey = decode32("sankofa.encryption.index-key", properties.indexKey());
            for (SecretKey key : ring.values()) {
                if (MessageDigest.isEqual(key.getEncoded(), indexKey)) {
                    throw new IllegalStateException("The blind-index key must differ from every encryption key. "
                            + HOW_TO);
                }
            }
        }
        this.keys = Map.copyOf(ring);
        this.activeKeyId = active;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    /** The key with this id, or {@code null} when it is not (any more) configured. */
    SecretKey key(String id) {
        return keys.get(id);
    }

    byte[] indexKey() {
        return indexKey.clone();
    }

    private static byte[] decode32(String property, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
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
