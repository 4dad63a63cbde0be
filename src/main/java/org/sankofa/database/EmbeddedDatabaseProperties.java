package org.sankofa.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used when {@code spring.datasource.url} is not set.
 *
 * @param dataDirectory where the cluster's files live; they survive a restart
 * @param ephemeral     a fresh cluster in a temporary directory, removed on shutdown (tests)
 * @param port          the port to listen on, 0 for any free port
 * @param database      the name of the application's database inside the cluster
 */
@ConfigurationProperties("sankofa.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("0") int port,
        @DefaultValue("sankofa") String database) {
}
