package org.sankofa.cases.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.sankofa.cases.internal.protection.EncryptedColumn;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 28: encrypts the places that cases registered before it hold in clear — the city of identification
 * and the places of recruitment and of exploitation (docs/decisions/0011-place-names.md) — under the active key, in
 * the migration's transaction, so that the upgrade either encrypts every one or changes nothing. A Java migration
 * because only the application holds the keys: Spring Boot gives this bean to Flyway, which runs it once, after V27
 * made room for the ciphertext. Logs how many values it encrypted per column, never a value.
 */
@Component
class PlaceNamesEncryption implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(PlaceNamesEncryption.class);
    private static final int BATCH = 1_000;
    /**
     * A value as {@link FieldCipher} writes it: {@code v1:<key id>:<base64>}, key ids as EncryptionKeys allows them.
     * Strict, so that a place typed as "v1: route de Kaolack" is still recognised as clear text.
     */
    private static final String CIPHERTEXT = "^v1:[a-z0-9][a-z0-9-]{0,31}:[A-Za-z0-9+/]+={0,2}$";

    private final FieldCipher cipher;

    PlaceNamesEncryption(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("28");
    }

    @Override
    public String getDescription() {
        return "case place names encrypted";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        encryptClearPlaces(context.getConnection());
    }

    /**
     * Encrypts every place still in clear (a value that is not a ciphertext {@code v1:<key>:<base64>}), batch by
     * batch in key order; answers how many per column. Values already encrypted are left alone, so running it again
     * changes nothing.
     */
    Map<String, Long> encryptClearPlaces(Connection connection) throws SQLException {
        Map<String, Long> encrypted = new LinkedHashMap<>();
        for (EncryptedColumn column : CaseColumns.PLACES) {
            long count = encrypt(connection, column);
            encrypted.put(column.label(), count);
            log.info("Place names: {} values of {}.{} encrypted", count, column.table(), column.column());
        }
        return encrypted;
    }

    private long encrypt(Connection connection, EncryptedColumn column) throws SQLException {
        String select = ("select %2$s, %3$s from %1$s where %3$s is not null and %3$s !~ '" + CIPHERTEXT
                + "' and %2$s > ? order by 1 limit " + BATCH).formatted(column.table(), column.idColumn(),
                        column.column());
        String update = "update %1$s set %3$s = ? where %2$s = ?"
                .formatted(column.table(), column.idColumn(), column.column());
        long count = 0;
        long after = 0;
        try (PreparedStatement rows = connection.prepareStatement(select);
                PreparedStatement encrypt = connection.prepareStatement(update)) {
            while (true) {
                rows.setLong(1, after);
                int batch = 0;
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        encrypt.setString(1, cipher.encrypt(rs.getString(2), column.label()));
                        encrypt.setLong(2, after);
                        encrypt.addBatch();
                        batch++;
                    }
                }
                if (batch == 0) {
                    return count;
                }
                encrypt.executeBatch();
                count += batch;
            }
        }
    }
}
