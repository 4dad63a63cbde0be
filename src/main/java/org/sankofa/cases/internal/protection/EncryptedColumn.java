package org.sankofa.cases.internal.protection;

import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * A database column that holds values encrypted by {@link FieldCipher} (text or bytea).
 *
 * @param table    table name (may be schema-qualified)
 * @param idColumn the table's key column, used for keyset batches
 * @param column   the encrypted column
 * @param label    the associated-data label the values were encrypted with, e.g. {@code person.given_names}
 */
@NamedInterface("foundation")
public record EncryptedColumn(String table, String idColumn, String column, String label) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    public EncryptedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an encrypted column needs its associated-data label");
        }
    }
}
