package org.sankofa.cases.internal.protection;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for the encryption of victims' identifying data and for the blind index of their names.
 * Environment variables: {@code SANKOFA_ENCRYPTION_ACTIVE_KEY=k2}, {@code SANKOFA_ENCRYPTION_KEYS_K1=<base64>},
 * {@code SANKOFA_ENCRYPTION_KEYS_K2=<base64>}, {@code SANKOFA_ENCRYPTION_INDEX_KEY=<base64>}; each key is 32 random
 * bytes in base64 ({@code openssl rand -base64 32}). See docs/operations.md, "Rotating encryption keys".
 *
 * @param activeKey the id of the key that encrypts new values (may be omitted when exactly one key is configured)
 * @param keys      key id → base64 of a 32-byte AES key; old keys stay here so that old values remain readable
 * @param indexKey  base64 of the 32-byte HMAC key of the blind name index (never the same as an encryption key)
 */
@ConfigurationProperties("sankofa.encryption")
public record EncryptionProperties(String activeKey, Map<String, String> keys, String indexKey) {

    public EncryptionProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
