package org.sankofa.cases.journey.internal.transfer;

import java.util.List;

import org.sankofa.cases.internal.protection.EncryptedColumn;
import org.sankofa.cases.internal.protection.EncryptedColumns;
import org.springframework.stereotype.Component;

/** The encrypted columns of tracing requests and transfers, so that key rotation re-encrypts them too. */
@Component
class TransferColumns implements EncryptedColumns {

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(
                column("case_tracing_request", "family_names"),
                column("case_tracing_request", "village"),
                column("case_tracing_request", "region"),
                column("case_tracing_request", "languages"),
                column("case_tracing_request", "assessment"),
                column("case_transfer", "reason"),
                column("case_transfer", "decision_note"));
    }

    private static EncryptedColumn column(String table, String column) {
        return new EncryptedColumn(table, "id", column, table + "." + column);
    }
}
