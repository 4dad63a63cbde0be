package org.sankofa.audit.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sankofa.database.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit keys come from the configuration, and a configuration that cannot seal the chain stops the start-up. */
class AuditKeysTests {

    private static final DemoMode PRODUCTION = new DemoMode(false, false);
    private static final DemoMode DEMO = new DemoMode(true, true);
    private static final String KEY = "YXVkaXQta2V5LW9mLXRoZS10ZXN0cy1OT1QtU0VDUlQ=";
    private static final String OTHER = "b3RoZXIta2V5LW9mLXRoZS10ZXN0cy1OT1QtU0VDUlQ=";

    private static AuditKeys keys(String active, Map<String, String> keys, DemoMode mode) {
        return new AuditKeys(new AuditProperties(active, keys, null, Duration.ofHours(1)), mode);
    }

    @Test
    void outsideDemoModeTheApplicationRefusesToStartWithoutAnAuditKeyAndSaysHowToMakeOne() {
        assertThatThrownBy(() -> keys(null, Map.of(), PRODUCTION)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No audit key is configured").hasMessageContaining("openssl rand -base64 32")
                .hasMessageContaining("SANKOFA_AUDIT_KEYS_A1");
    }

    @Test
    void inDemoModeWithoutAKeyThePublicDemoKeySealsTheChain() {
        AuditKeys demo = keys(null, Map.of(), DEMO);

        assertThat(demo.activeKeyId()).isEqualTo(AuditKeys.DEMO_KEY_ID);
        assertThat(demo.mac("demo")).isNotNull();
    }

    @Test
    void aSingleKeyIsActiveWithoutSayingSoAndSeveralNeedTheActiveOneNamed() {
        assertThat(keys(null, Map.of("A1", KEY), PRODUCTION).activeKeyId()).isEqualTo("a1");
        assertThatThrownBy(() -> keys(null, Map.of("a1", KEY, "a2", OTHER), PRODUCTION))
                .hasMessageContaining("sankofa.audit.active-key");
        assertThatThrownBy(() -> keys("a3", Map.of("a1", KEY, "a2", OTHER), PRODUCTION))
                .hasMessageContaining("'a3'");
        AuditKeys rotated = keys("a2", Map.of("a1", KEY, "a2", OTHER), PRODUCTION);
        assertThat(rotated.activeKeyId()).isEqualTo("a2");
        assertThat(rotated.ids()).containsExactlyInAnyOrder("a1", "a2");
        assertThat(rotated.mac("a3")).as("a key that is not configured").isNull();
    }

    @Test
    void aKeyMustBeThirtyTwoBytesOfBase64WithAPlainId() {
        assertThatThrownBy(() -> keys(null, Map.of("a1", "not base64!"), PRODUCTION))
                .hasMessageContaining("sankofa.audit.keys.a1 is not valid base64");
        assertThatThrownBy(() -> keys(null, Map.of("a1", "c2hvcnQ="), PRODUCTION))
                .hasMessageContaining("must be 32 bytes").hasMessageContaining("is 5 bytes");
        assertThatThrownBy(() -> keys(null, Map.of("a_1", KEY), PRODUCTION))
                .hasMessageContaining("Audit key id 'a_1' is invalid");
    }
}
