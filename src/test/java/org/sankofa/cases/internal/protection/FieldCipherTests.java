package org.sankofa.cases.internal.protection;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.internal.protection.EncryptionKeys;
import org.sankofa.cases.internal.protection.EncryptionProperties;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.internal.protection.FieldDecryptionException;
import org.sankofa.cases.internal.protection.NameSearchKeys;
import org.sankofa.database.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTests {

    private static final String GIVEN_NAMES = "person.given_names";
    private final FieldCipher cipher = new FieldCipher(TestKeys.onlyK1());

    @Test
    void ciphertextIsSelfDescribingAndNeverContainsTheClearText() {
        String clear = "Aminata Diallo";
        String value = cipher.encrypt(clear, GIVEN_NAMES);

        assertThat(value).startsWith("v1:k1:").doesNotContain("Aminata").doesNotContain("Diallo");
        byte[] body = Base64.getDecoder().decode(value.substring("v1:k1:".length()));
        assertThat(body).hasSize(12 + clear.getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain("Aminata");
        assertThat(cipher.decrypt(value, GIVEN_NAMES)).isEqualTo(clear);
    }

    /**
     * Each thread reuses its cipher: values written and read in turn on several threads, with a refused decryption in
     * between, all come back as written (a cipher left half-way by a failure is initialised again for the next value).
     */
    @Test
    void aReusedCipherReadsBackEveryValueOnEveryThreadAfterARefusedOne() throws Exception {
        String written = cipher.encrypt("Awa Ndiaye", GIVEN_NAMES);
        int at = written.length() - 6;
        String altered = written.substring(0, at) + (written.charAt(at) == 'A' ? 'B' : 'A') + written.substring(at + 1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<String> read = new java.util.ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        String clear = "Name " + thread + "-" + i;
                        String value = cipher.encrypt(clear, GIVEN_NAMES);
                        if (i % 100 == 0) {
                            assertThatThrownBy(() -> cipher.decrypt(altered, GIVEN_NAMES))
                                    .isInstanceOf(FieldDecryptionException.class);
                        }
                        read.add(cipher.decrypt(value, GIVEN_NAMES));
                    }
                    return read;
                }));
            }
            for (int t = 0; t < 4; t++) {
                int thread = t;
                assertThat(results.get(t).get()).hasSize(500)
                        .allMatch(name -> name.startsWith("Name " + thread + "-"))
                        .doesNotHaveDuplicates();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameNameEncryptsDifferentlyEachTimeBecauseEachValueHasItsOwnNonce() {
        assertThat(cipher.encrypt("Moussa Traoré", GIVEN_NAMES)).isNotEqualTo(cipher.encrypt("Moussa Traoré",
                GIVEN_NAMES));
    }

    @Test
    void tamperingWithAnyByteMakesDecryptionFail() {
        String value = cipher.encrypt("Fatoumata Keïta", GIVEN_NAMES);
        byte[] body = Base64.getDecoder().decode(value.substring("v1:k1:".length()));
        for (int i = 0; i < body.length; i++) {
            byte[] altered = body.clone();
            altered[i] ^= 0x01;
            String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(altered);
            assertThatThrownBy(() -> cipher.decrypt(tampered, GIVEN_NAMES))
                    .isInstanceOf(FieldDecryptionException.class).hasMessageNotContaining("Fatoumata");
        }
    }

    @Test
    void associatedDataPreventsMovingAValueToAnotherColumn() {
        String value = cipher.encrypt("Ousmane Sow", GIVEN_NAMES);

        assertThatThrownBy(() -> cipher.decrypt(value, "person.family_name"))
                .isInstanceOf(FieldDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt(value, "contact.phone")).isInstanceOf(FieldDecryptionException.class);
        assertThat(cipher.decrypt(value, GIVEN_NAMES)).isEqualTo("Ousmane Sow");
    }

    @Test
    void aValueEncryptedUnderK1StaysReadableAfterK2BecomesActive() {
        String underK1 = cipher.encrypt("Mariama Bah", GIVEN_NAMES);
        FieldCipher afterRotation = new FieldCipher(TestKeys.k2ActiveK1Kept());

        assertThat(afterRotation.decrypt(underK1, GIVEN_NAMES)).isEqualTo("Mariama Bah");
        assertThat(afterRotation.needsRotation(underK1)).isTrue();
        String underK2 = afterRotation.encrypt("Mariama Bah", GIVEN_NAMES);
        assertThat(underK2).startsWith("v1:k2:");
        assertThat(afterRotation.needsRotation(underK2)).isFalse();
    }

    @Test
    void relabellingAValueWithAnotherKeyIdMakesDecryptionFail() {
        FieldCipher both = new FieldCipher(TestKeys.k2ActiveK1Kept());
        String underK2 = both.encrypt("Sékou Camara", GIVEN_NAMES);
        String relabelled = "v1:k1:" + underK2.substring("v1:k2:".length());

        assertThatThrownBy(() -> both.decrypt(relabelled, GIVEN_NAMES)).isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void aValueUnderAKeyThatIsNoLongerConfiguredCannotBeReadAndSaysWhichKeyIsMissing() {
        String underK2 = new FieldCipher(TestKeys.k2ActiveK1Kept()).encrypt("Awa Ndiaye", GIVEN_NAMES);

        assertThatThrownBy(() -> cipher.decrypt(underK2, GIVEN_NAMES)).isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("'k2'").hasMessageNotContaining("Awa");
    }

    @Test
    void attachmentsAreEncryptedAsBytesWithTheSameHeaderAndColumnBinding() {
        byte[] photo = "\u0089PNG fake photo of Aïssatou".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.encrypt(photo, "attachment.content");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).startsWith("v1:k1:").doesNotContain("Aïssatou")
                .doesNotContain("photo");
        assertThat(cipher.decrypt(sealed, "attachment.content")).isEqualTo(photo);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "attachment.thumbnail"))
                .isInstanceOf(FieldDecryptionException.class);
        sealed[sealed.length - 1] ^= 0x01;
        assertThatThrownBy(() -> cipher.decrypt(sealed, "attachment.content"))
                .isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void nullStaysNullAndClearTextIsNotMistakenForCiphertext() {
        assertThat(cipher.encrypt((String) null, GIVEN_NAMES)).isNull();
        assertThat(cipher.decrypt((String) null, GIVEN_NAMES)).isNull();
        assertThatThrownBy(() -> cipher.decrypt("Aminata Diallo", GIVEN_NAMES))
                .isInstanceOf(FieldDecryptionException.class).hasMessageNotContaining("Aminata");
    }

    @Test
    void outsideDemoModeTheApplicationRefusesToStartWithoutKeysAndSaysHowToMakeOne() {
        assertThatThrownBy(() -> new EncryptionKeys(new EncryptionProperties(null, Map.of(), null),
                TestKeys.PRODUCTION)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("openssl rand -base64 32").hasMessageContaining("SANKOFA_ENCRYPTION_KEYS_K1");
        assertThatThrownBy(() -> new EncryptionKeys(new EncryptionProperties("k1", Map.of("k1", TestKeys.K1), null),
                TestKeys.PRODUCTION)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("index-key");
    }

    @Test
    void malformedOrMisnamedKeysAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new EncryptionKeys(new EncryptionProperties("k1", Map.of("k1", "c2hvcnQ="),
                TestKeys.INDEX), TestKeys.PRODUCTION)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new EncryptionKeys(new EncryptionProperties("k3", Map.of("k1", TestKeys.K1),
                TestKeys.INDEX), TestKeys.PRODUCTION)).hasMessageContaining("'k3'");
        assertThatThrownBy(() -> new EncryptionKeys(new EncryptionProperties(null,
                Map.of("k1", TestKeys.K1, "k2", TestKeys.K2), TestKeys.INDEX), TestKeys.PRODUCTION))
                .hasMessageContaining("active-key");
        assertThatThrownBy(() -> new EncryptionKeys(new EncryptionProperties("k1", Map.of("k1", TestKeys.K1),
                TestKeys.K1), TestKeys.PRODUCTION)).hasMessageContaining("must differ");
    }

    @Test
    void inDemoModeWithoutKeysAFixedDemoKeyIsUsedSoDemoDataSurvivesARestart() {
        DemoMode demo = new DemoMode(true, true);
        EncryptionKeys first = new EncryptionKeys(new EncryptionProperties(null, Map.of(), null), demo);
        EncryptionKeys second = new EncryptionKeys(new EncryptionProperties(null, Map.of(), null), demo);

        assertThat(first.activeKeyId()).isEqualTo(EncryptionKeys.DEMO_KEY_ID);
        String value = new FieldCipher(first).encrypt("Youssouf Cissé", GIVEN_NAMES);
        assertThat(value).startsWith("v1:demo:");
        assertThat(new FieldCipher(second).decrypt(value, GIVEN_NAMES)).isEqualTo("Youssouf Cissé");
        assertThat(new NameSearchKeys(first).keysFor("Youssouf")).isEqualTo(new NameSearchKeys(second)
                .keysFor("Youssouf"));
    }
}
