package org.sankofa.cases.internal.protection;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts, batch by batch, every value of every registered encrypted column that is not yet under the active key.
 * Each batch is its own transaction and only replaces a value that is still the one it read, so rotation can run
 * while the application serves users, can be interrupted, and can simply be run again.
 */
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    /** What rotation did to one column. */
    public record ColumnRotated(EncryptedColumn column, long examined, long reencrypted) {
    }

    private record Row(Object id, Object value) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final FieldCipher cipher;
    private final ObjectProvider<EncryptedColumns> registry;
    private final int batchSize;

    public KeyRotation(JdbcClient jdbc, TransactionTemplate transactions, FieldCipher cipher,
            ObjectProvider<EncryptedColumns> registry, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
        this.registry = registry;
        this.batchSize = batchSize;
    }

    /** The columns registered by all {@link EncryptedColumns} beans. */
    public List<EncryptedColumn> registeredColumns() {
        List<EncryptedColumn> columns = new ArrayList<>();
        registry.orderedStream().forEach(r -> columns.addAll(r.columns()));
        return columns;
    }

    /** Rotates every registered column to the active key. */
    public List<ColumnRotated> rotateAll() {
        return registeredColumns().stream().map(this::rotate).toList();
    }

    /** Rotates one column to the active key. */
    public ColumnRotated rotate(EncryptedColumn column) {
        String first = "select %2$s, %3$s from %1$s where %3$s is not null order by %2$s limit ?"
                .formatted(column.table(), column.idColumn(), column.column());
        String next = "select %2$s, %3$s from %1$s where %3$s is not null and %2$s > ? order by %2$s limit ?"
                .formatted(column.table(), column.idColumn(), column.column());
        String update = "update %1$s set %3$s = ? where %2$s = ? and %3$s = ?"
                .formatted(column.table(), column.idColumn(), column.column());
        long examined = 0;
        long reencrypted = 0;
        Object lastId = null;
        while (true) {
            var batch = lastId == null ? jdbc.sql(first).param(batchSize)
                    : jdbc.sql(next).param(lastId).param(batchSize);
            List<Row> rows = batch.query((rs, n) -> new Row(rs.getObject(1), rs.getObject(2))).list();
            if (rows.isEmpty()) {
                break;
            }
            examined += rows.size();
            lastId = rows.get(rows.size() - 1).id();
            Integer changed = transactions.execute(status -> {
                int count = 0;
                for (Row row : rows) {
                    Object renewed = reencrypt(row, column);
                    if (renewed != null) {
                        count += jdbc.sql(update).param(renewed).param(row.id()).param(row.value()).update();
                    }
                }
                return count;
            });
            reencrypted += changed == null ? 0 : changed;
            if (rows.size() < batchSize) {
                break;
            }
        }
        log.info("Key rotation: {}.{} examined {} values, re-encrypted {}", column.table(), column.column(),
                examined, reencrypted);
        return new ColumnRotated(column, examined, reencrypted);
    }

    private Object reencrypt(Row row, EncryptedColumn column) {
        try {
            if (row.value() instanceof byte[] bytes) {
                return cipher.needsRotation(bytes) ? cipher.encrypt(cipher.decrypt(bytes, column.label()),
                        column.label()) : null;
            }
            String text = row.value().toString();
            return cipher.needsRotation(text) ? cipher.encrypt(cipher.decrypt(text, column.label()), column.label())
                    : null;
        } catch (FieldDecryptionException e) {
            throw new FieldDecryptionException("row " + row.id() + " of " + column.table() + "." + column.column()
                    + ": " + e.getMessage(), e);
        }
    }
}
