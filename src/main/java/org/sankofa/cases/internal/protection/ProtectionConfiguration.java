package org.sankofa.cases.internal.protection;

import org.sankofa.database.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The protection of victims' identifying data: keys, field encryption, the blind name index and key rotation.
 * A missing key outside demo mode stops the start-up here, before any request is served.
 */
@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

    @Bean
    EncryptionKeys encryptionKeys(EncryptionProperties properties, DemoMode demoMode) {
        return new EncryptionKeys(properties, demoMode);
    }

    @Bean
    FieldCipher fieldCipher(EncryptionKeys keys) {
        return new FieldCipher(keys);
    }

    @Bean
    NameSearchKeys nameSearchKeys(EncryptionKeys keys) {
        return new NameSearchKeys(keys);
    }

    @Bean
    NameMatcher nameMatcher() {
        return new NameMatcher();
    }

    @Bean
    KeyRotation keyRotation(JdbcClient jdbc, TransactionTemplate transactions, FieldCipher cipher,
            ObjectProvider<EncryptedColumns> registry,
            @Value("${sankofa.encryption.rotation-batch-size:500}") int batchSize) {
        return new KeyRotation(jdbc, transactions, cipher, registry, batchSize);
    }

    @Bean
    KeyRotationCommand keyRotationCommand(KeyRotation rotation, EncryptionKeys keys,
            ConfigurableApplicationContext context) {
        return new KeyRotationCommand(rotation, keys, context);
    }
}
