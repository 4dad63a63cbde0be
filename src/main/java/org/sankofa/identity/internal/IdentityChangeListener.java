package org.sankofa.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the announcements of changes to accounts and tokens (channel {@value #CHANNEL}, migration V40) on a connection
 * of its own and makes {@link TokenOwners} forget the account named. While the connection is down — the database
 * restarting, a network cut — the owners are not kept at all, and the listener connects again every
 * {@link #RETRY}; announcements missed meanwhile cannot matter, since nothing was kept.
 */
@Component
class IdentityChangeListener implements SmartLifecycle {

    static final String CHANNEL = "sankofa_identity";
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final int WAIT_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(IdentityChangeListener.class);

    private final DataSource dataSource;
    private final TokenOwners owners;
    private volatile boolean running;
    private Thread thread;

    IdentityChangeListener(DataSource dataSource, TokenOwners owners) {
        this.dataSource = dataSource;
        this.owners = owners;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "identity-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        owners.listening(false);
        if (thread != null) {
            try {
                thread.join(2L * WAIT_MILLIS + 1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                owners.listening(true);
                if (warned) {
                    log.info("Hearing account changes again: API token owners are kept in memory again.");
                    warned = false;
                }
                while (running) {
                    PGNotification[] notices = postgres.getNotifications(WAIT_MILLIS);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            forget(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                owners.listening(false);
                if (running && !warned) {
                    log.warn("Cannot hear account changes ({}): API tokens are checked in the database on every call"
                            + " until the connection is back.", e.getClass().getSimpleName());
                    warned = true;
                }
                pause();
            }
        }
    }

    private void forget(String userId) {
        try {
            owners.forget(Long.parseLong(userId));
        } catch (NumberFormatException e) {
            owners.listening(false); // not an account id: forget everything rather than guess
            owners.listening(true);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
