package org.sankofa.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts PostgreSQL 17 inside the application when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. The same engine runs the tests. A server left running on the
 * data directory by a run that was killed is stopped first ({@link OrphanedServer}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** How long a server left running by a previous run may take to stop. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.ephemeral()
                ? Files.createTempDirectory("sankofa-pg-")
                : properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        if (!properties.ephemeral()) {
            OrphanedServer.stopIfAny(dataDirectory, STOP_WAIT);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.ephemeral())
                // stopped by the application context (destroyMethod), after the beans that use it: a JVM shutdown
                // hook of its own would stop it while those beans still close (the event registry reads the database
                // at shutdown), and they would wait for a connection that never comes
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "128MB")
                .setLocaleConfig("locale", "C.UTF-8");
        if (!properties.ephemeral()) {
            builder.setServerConfig("synchronous_commit", "on");
        }
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start on " + dataDirectory + ": "
                    + e.getMessage() + ". PostgreSQL's own messages are logged at INFO by "
                    + "io.zonky.test.db.postgres.embedded (set logging.level.io.zonky=INFO to see them).", e);
        }
        log.info("Embedded PostgreSQL started on port {} in {} ms (data in {})", postgres.getPort(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), dataDirectory);
        return postgres;
    }

    /**
     * The pool on the embedded database, with the same {@code spring.datasource.hikari.*} settings as an external one
     * (among them {@code connection-timeout}: how long a request waits for a connection before it is answered 503).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        createDatabaseIfMissing(postgres, properties.database());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("sankofa");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        JdbcClient admin = JdbcClient.create(postgres.getPostgresDatabase());
        boolean exists = admin.sql("select count(*) from pg_database where datname = ?")
                .param(database).query(Long.class).single() > 0;
        if (!exists) {
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Invalid database name: " + database);
            }
            admin.sql("create database " + database + " encoding 'UTF8' template template0").update();
        }
    }
}
