package org.sankofa.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional PostgreSQL streaming replica that answers the figure queries (statistics); writes and every other read
 * stay on the primary ({@code spring.datasource.*}). Without {@code url} everything reads the primary.
 *
 * @param url            JDBC URL of the replica (a hot standby of the primary), e.g.
 *                       {@code jdbc:postgresql://replica.example.org:5432/sankofa}; several standbys may be listed
 *                       with the driver's {@code targetServerType} and {@code loadBalanceHosts}
 * @param username       the database role on the replica (the same as on the primary, since the replica is a copy)
 * @param password       its password
 * @param connectTimeout how long a figure waits for a replica connection before it is answered by the primary
 *                       (at least 250 ms)
 * @param retryAfter     after the replica could not be reached, how long figures go straight to the primary before
 *                       the replica is tried again
 * @param queryTimeout   how long a figure query may wait for the replica's answer before the connection is given up
 *                       and the figure is answered by the primary
 * @param poolSize       the most connections open to the replica at once
 */
@ConfigurationProperties("sankofa.replica")
public record ReplicaProperties(String url, String username, String password,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration retryAfter,
        @DefaultValue("60s") Duration queryTimeout,
        @DefaultValue("5") int poolSize) {

    /** Whether a replica is configured. */
    public boolean configured() {
        return url != null && !url.isBlank();
    }

    /** The URL without its query string (which may hold a password), for the log. */
    String location() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
