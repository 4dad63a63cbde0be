package org.sankofa.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** What counts as the database being unavailable (answered 503) rather than the request being wrong. */
class DatabaseUnavailableTests {

    @Test
    void aBrokenConnectionIsTheDatabaseAndAConstraintIsNot() {
        assertThat(DatabaseUnavailable.causes(new DataAccessResourceFailureException("read",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("insert",
                new SQLException("duplicate key", "23505")))).isFalse();
    }

    /**
     * When the connection broke during a transaction, its rollback fails too, and Spring throws the rollback's failure
     * with the original one kept aside: that is still the database being unavailable (seen stopping PostgreSQL under
     * a session read, DatabaseOutageTests).
     */
    @Test
    void aFailedRollbackAfterABrokenConnectionIsTheDatabase() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("session",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseUnavailable.causes(new RuntimeException("servlet", rollback))).isTrue();

        TransactionSystemException otherwise = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        otherwise.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseUnavailable.causes(otherwise)).isFalse();
    }
}
