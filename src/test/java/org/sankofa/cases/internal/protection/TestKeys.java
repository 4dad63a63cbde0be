package org.sankofa.cases.internal.protection;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.sankofa.database.DemoMode;
import org.sankofa.cases.internal.protection.EncryptionKeys;
import org.sankofa.cases.internal.protection.EncryptionProperties;

/** Random keys for tests, outside demo mode so that the real key handling is exercised. */
final class TestKeys {

    static final DemoMode PRODUCTION = new DemoMode(false, false);
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String K1 = random();
    static final String K2 = random();
    static final String INDEX = random();

    private TestKeys() {
    }

    static String random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static EncryptionKeys onlyK1() {
        return new EncryptionKeys(new EncryptionProperties("k1", Map.of("k1", K1), INDEX), PRODUCTION);
    }

    static EncryptionKeys k2ActiveK1Kept() {
        return new EncryptionKeys(new EncryptionProperties("k2", Map.of("k1", K1, "k2", K2), INDEX), PRODUCTION);
    }
}
