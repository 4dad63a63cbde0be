package org.sankofa.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-only queries that the PostgreSQL streaming replica may answer ({@code sankofa.replica.url}): the figure queries
 * of the statistics, whose load then stays off the primary. Only queries whose answer may be a little behind the
 * primary belong here — a count over a period, never a record someone is about to change — because a replica shows
 * the primary's commits after its replay lag (normally well under a second, see docs/operations.md, "Read replica").
 *
 * <p>Where a query runs:
 * <ul>
 * <li>no replica configured: the primary, as every other query;</li>
 * <li>inside a transaction that may write: the primary, through that transaction, so that a piece of work that
 * writes and then reads sees its own writes;</li>
 * <li>otherwise the replica. When it cannot be reached within {@code sankofa.replica.connect-timeout} (or the
 * connection breaks), the query is answered by the primary, the log says so once, and for
 * {@code sankofa.replica.retry-after} the figures go straight to the primary before the replica is tried again;
 * the log says when it answers again. Any other failure on the replica (a query cancelled by a conflict with its
 * replay, say) is answered by the primary too. A figure is never refused because of the replica.</li>
 * </ul>
 * The query may therefore run twice (replica, then primary): it must only read.
 */
public final class ReplicaReads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);

    private final JdbcClient primary;
    private final DataSource replicaPool;
    private final JdbcClient replica;
    private final String location;
    private final Duration retryAfter;
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private volatile long retryAt;

    private ReplicaReads(JdbcClient primary, DataSource replicaPool, String location, Duration retryAfter) {
        this.primary = primary;
        this.replicaPool = replicaPool;
        this.replica = replicaPool == null ? null : JdbcClient.create(replicaPool);
        this.location = location;
        this.retryAfter = retryAfter;
    }

    /** Every query on the primary: no replica is configured. */
    static ReplicaReads primaryOnly(JdbcClient primary) {
        return new ReplicaReads(primary, null, null, Duration.ZERO);
    }

    /** Queries on the replica behind {@code replicaPool} (at {@code location}, the log's name) or the primary. */
    static ReplicaReads withReplica(JdbcClient primary, DataSource replicaPool, String location, Duration retryAfter) {
        return new ReplicaReads(primary, replicaPool, location, retryAfter);
    }

    /**
     * Runs a read-only query on the replica or the primary (see above) and returns its answer.
     *
     * @param query reads with the client it is given, and only reads (it may run on both)
     */
    public <T> T read(Function<JdbcClient, T> query) {
        if (replica == null || inTransactionThatMayWrite() || resting()) {
            return query.apply(primary);
        }
        T answer;
        try {
            answer = query.apply(replica);
        } catch (DataAccessException failure) {
            if (unreachable(failure)) {
                retryAt = System.nanoTime() + retryAfter.toNanos();
                if (unreachable.compareAndSet(false, true)) {
                    log.warn("The read replica at {} cannot be reached ({}): figures are read from the primary, "
                            + "and the replica is tried again every {}", location, cause(failure), retryAfter);
                }
            } else {
                log.warn("A figure query failed on the read replica at {} ({}): it is answered by the primary",
                        location, sqlState(failure));
            }
            return query.apply(primary);
        }
        if (unreachable.compareAndSet(true, false)) {
            log.info("The read replica at {} answers again: figures are read from it", location);
        }
        return answer;
    }

    @Override
    public void close() throws Exception {
        if (replicaPool instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private static boolean inTransactionThatMayWrite() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** Whether the replica was unreachable a moment ago, so that figures go to the primary without waiting. */
    private boolean resting() {
        return unreachable.get() && System.nanoTime() - retryAt < 0;
    }

    /** A connection to the replica that could not be had or broke (SQL states of classes 08 and 57P). */
    private static boolean unreachable(DataAccessException failure) {
        if (failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessResourceException) {
            return true;
        }
        String state = sqlState(failure);
        return state.startsWith("08") || state.startsWith("57P");
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "no SQL state";
    }

    /** The most specific cause of a connection failure: a connection error, never a query's data. */
    private static String cause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
