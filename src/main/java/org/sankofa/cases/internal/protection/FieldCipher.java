package org.sankofa.cases.internal.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.modulith.NamedInterface;

/**
 * Encrypts identifying fields in the application, before they reach the database, with AES-256-GCM (JDK provider).
 *
 * <p>A text value becomes {@code v1:<keyId>:<base64(nonce | ciphertext | tag)>}; a binary value (an attachment)
 * becomes the ASCII header {@code v1:<keyId>:} followed by the raw {@code nonce | ciphertext | tag}. Each value has a
 * fresh random 96-bit nonce. The associated data binds the value to its column label (e.g. {@code person.given_names})
 * and key id, so a ciphertext copied into another column, or relabelled with another key id, fails to decrypt.
 * Decryption picks the key named in the value, so values written under an old key stay readable after rotation.
 */
@NamedInterface("foundation")
public final class FieldCipher {

    static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    /**
     * One cipher per thread, initialised again for each value: looking the transformation up and building a cipher
     * cost about ten times the decryption of a name (4 µs against 0.4 µs, measured on the CI machine), and a search
     * decrypts the fields of up to 200 candidates. A cipher is not thread-safe, hence one per thread.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    private final EncryptionKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(EncryptionKeys keys) {
        this.keys = keys;
    }

    /** Encrypts a text value for a column; {@code null} stays {@code null}. */
    public String encrypt(String clear, String column) {
        if (clear == null) {
            return null;
        }
        String keyId = keys.activeKeyId();
        byte[] sealed = seal(keys.activeKey(), keyId, column, clear.getBytes(StandardCharsets.UTF_8));
        return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /** Decrypts a value written by {@link #encrypt(String, String)} for the same column; {@code null} stays null. */
    public String decrypt(String value, String column) {
        if (value == null) {
            return null;
        }
        int first = value.indexOf(':');
        int second = first < 0 ? -1 : value.indexOf(':', first + 1);
        if (first < 0 || second < 0 || !VERSION.equals(value.substring(0, first))) {
            throw new FieldDecryptionException("not an encrypted value of version " + VERSION, null);
        }
        String keyId = value.substring(first + 1, second);
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(value.substring(second + 1));
        } catch (IllegalArgumentException e) {
            throw new FieldDecryptionException("malformed encrypted value", e);
        }
        return new String(open(keyId, column, sealed), StandardCharsets.UTF_8);
    }

    /** Encrypts binary content (a photo, a scanned document) for a column; {@code null} stays {@code null}. */
    public byte[] encrypt(byte[] clear, String column) {
        if (clear == null) {
            return null;
        }
        String keyId = keys.activeKeyId();
        byte[] header = (VERSION + ":" + keyId + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = seal(keys.activeKey(), keyId, column, clear);
        return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
    }

    /** Decrypts binary content written by {@link #encrypt(byte[], String)} for the same column. */
    public byte[] decrypt(byte[] value, String column) {
        if (value == null) {
            return null;
        }
        int colons = 0;
        int end = -1;
        for (int i = 0; i < Math.min(value.length, 40) && end < 0; i++) {
            if (value[i] == ':' && ++colons == 2) {
                end = i;
            }
        }
        if (end < 0) {
            throw new FieldDecryptionException("not an encrypted value of version " + VERSION, null);
        }
        String header = new String(value, 0, end, StandardCharsets.US_ASCII);
        if (!header.startsWith(VERSION + ":")) {
            throw new FieldDecryptionException("not an encrypted value of version " + VERSION, null);
        }
        return open(header.substring(VERSION.length() + 1), column, Arrays.copyOfRange(value, end + 1, value.length));
    }

    /** The id of the key a stored value was encrypted with (text or binary form). */
    public static String keyIdOf(String value) {
        String[] parts = value.split(":", 3);
        if (parts.length < 3 || !VERSION.equals(parts[0])) {
            throw new FieldDecryptionException("not an encrypted value of version " + VERSION, null);
        }
        return parts[1];
    }

    static String keyIdOf(byte[] value) {
        return keyIdOf(new String(value, 0, Math.min(value.length, 40), StandardCharsets.US_ASCII));
    }

    /** Whether a stored value was encrypted with another key than the active one. */
    public boolean needsRotation(String value) {
        return value != null && !keys.activeKeyId().equals(keyIdOf(value));
    }

    boolean needsRotation(byte[] value) {
        return value != null && !keys.activeKeyId().equals(keyIdOf(value));
    }

    private byte[] seal(SecretKey key, String keyId, String column, byte[] clear) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(keyId, column));
            byte[] body = cipher.doFinal(clear);
            return ByteBuffer.allocate(NONCE_BYTES + body.length).put(nonce).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private byte[] open(String keyId, String column, byte[] sealed) {
        SecretKey key = keys.key(keyId);
        if (key == null) {
            throw new FieldDecryptionException("the value was encrypted with key '" + keyId
                    + "', which is not configured", null);
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new FieldDecryptionException("encrypted value too short", null);
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(keyId, column));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new FieldDecryptionException("the value was altered, belongs to another column, or the key '"
                    + keyId + "' is wrong", e);
        } catch (GeneralSecurityException e) {
            throw new FieldDecryptionException("AES-GCM decryption failed", e);
        }
    }

    private static byte[] associatedData(String keyId, String column) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("an encrypted value needs its column label as associated data");
        }
        return ("sankofa:" + VERSION + ":" + keyId + ":" + column).getBytes(StandardCharsets.UTF_8);
    }
}
