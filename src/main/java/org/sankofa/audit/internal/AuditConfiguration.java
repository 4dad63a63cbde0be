package org.sankofa.audit.internal;

import org.sankofa.database.DemoMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keys that seal the audit chain and its checkpoints. A missing key outside demo mode stops the start-up here,
 * before anything is recorded.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditKeys auditKeys(AuditProperties properties, DemoMode demoMode) {
        return new AuditKeys(properties, demoMode);
    }

    @Bean
    AuditCheckpoints auditCheckpoints(AuditKeys keys, AuditProperties properties, JdbcClient jdbc) {
        return new AuditCheckpoints(keys, properties.checkpointFile(), jdbc);
    }
}
