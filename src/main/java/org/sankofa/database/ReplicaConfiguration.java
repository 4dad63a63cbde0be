package org.sankofa.database;

import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The connections to the optional read replica ({@link ReplicaProperties}), kept out of the application context's
 * {@code DataSource}s so that Flyway, sessions, the scheduler and every repository keep the one primary: only
 * {@link ReplicaReads} uses them.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReplicaConfiguration.class);
    /** HikariCP's shortest connection and validation timeouts. */
    private static final Duration SHORTEST = Duration.ofMillis(250);

    @Bean(destroyMethod = "close")
    ReplicaReads replicaReads(JdbcClient primary, ReplicaProperties properties) {
        if (!properties.configured()) {
            return ReplicaReads.primaryOnly(primary);
        }
        Duration connect = max(properties.connectTimeout(), SHORTEST);
        HikariConfig config = new HikariConfig();
        config.setPoolName("sankofa-replica");
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setReadOnly(true);
        config.setMaximumPoolSize(Math.max(1, properties.poolSize()));
        config.setMinimumIdle(0);
        config.setConnectionTimeout(connect.toMillis());
        config.setValidationTimeout(connect.toMillis());
        // start even when the replica is down: figures are then answered by the primary
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", seconds(connect));
        config.addDataSourceProperty("socketTimeout", seconds(properties.queryTimeout()));
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty("ApplicationName", "sankofa-figures");
        log.info("Figures (statistics) are read from the replica at {}; writes and every other read from the primary",
                properties.location());
        return ReplicaReads.withReplica(primary, new HikariDataSource(config), properties.location(),
                properties.retryAfter());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whole seconds for the driver's timeouts, rounded up (0 would mean "no timeout"). */
    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
