package org.sankofa.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database itself — stopped, unreachable, restarting, out of connections or of resources — from
 * a failure of the request: the first is answered 503 (the request may succeed later, unchanged), the second is not.
 * The connection pool gives up after {@code spring.datasource.hikari.connection-timeout}, so such a failure comes
 * within seconds, and the pool reconnects by itself once the database is back.
 */
public final class DatabaseUnavailable {

    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or one of its causes, says that the database could not be reached or used. */
    public static boolean causes(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
            // a failed rollback after the failure that caused it (the connection was already gone) hides that failure
            // from the causes: Spring keeps it as the "application exception"
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causes(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes of an unavailable server: 08 (connection exception: refused, broken, lost), 53 (insufficient
     * resources: disk full, out of memory, too many connections), and 57P01–57P03 (the server is shutting down,
     * crashed, or is starting up).
     */
    static boolean unavailable(String sqlState) {
        if (sqlState == null) {
            return false;
        }
        return sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03");
    }

    /**
     * Why, in one line and without a stack trace: the message of the first {@link SQLException} among the causes
     * (the pool's or the driver's, e.g. "Connection to localhost:5432 refused"), else of the innermost cause.
     */
    public static String reason(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; !(t instanceof SQLException) && t.getCause() != null && depth < MAX_DEPTH; depth++) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
