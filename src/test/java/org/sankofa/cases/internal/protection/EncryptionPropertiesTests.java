package org.sankofa.cases.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.sankofa.cases.internal.protection.EncryptionKeys;
import org.sankofa.cases.internal.protection.EncryptionProperties;

class EncryptionPropertiesTests {

    @Test
    void keysAreReadFromTheEnvironmentVariablesTheOperationsGuideNames() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "SANKOFA_ENCRYPTION_KEYS_K1", TestKeys.K1,
                "SANKOFA_ENCRYPTION_KEYS_K2", TestKeys.K2,
                "SANKOFA_ENCRYPTION_ACTIVE_KEY", "k2",
                "SANKOFA_ENCRYPTION_INDEX_KEY", TestKeys.INDEX)));
        EncryptionProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("sankofa.encryption", EncryptionProperties.class);

        assertThat(properties.keys()).containsOnlyKeys("k1", "k2");
        assertThat(properties.activeKey()).isEqualTo("k2");
        assertThat(properties.indexKey()).isEqualTo(TestKeys.INDEX);
        EncryptionKeys keys = new EncryptionKeys(properties, TestKeys.PRODUCTION);
        assertThat(keys.activeKeyId()).isEqualTo("k2");
    }
}
