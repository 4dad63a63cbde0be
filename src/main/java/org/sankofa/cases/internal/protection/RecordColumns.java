package org.sankofa.cases.internal.protection;

import java.util.List;

import org.sankofa.cases.internal.protection.EncryptedColumn;
import org.sankofa.cases.internal.protection.EncryptedColumns;
import org.springframework.stereotype.Component;

/** The encrypted columns of the care records, so that key rotation re-encrypts them too. */
@Component
class RecordColumns implements EncryptedColumns {

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(
                column("case_needs_assessment", "notes"),
                column("case_risk_assessment", "notes"),
                column("case_referral", "message"),
                column("case_referral", "response_note"),
                column("case_note", "body"),
                column("case_attachment", "file_name"),
                column("case_attachment", "content"),
                column("case_closure_event", "note"));
    }

    private static EncryptedColumn column(String table, String column) {
        return new EncryptedColumn(table, "id", column, table + "." + column);
    }
}
