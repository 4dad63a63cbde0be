package org.sankofa.cases.bestinterests.internal;

import java.util.List;

import org.sankofa.cases.internal.protection.EncryptedColumn;
import org.sankofa.cases.internal.protection.EncryptedColumns;
import org.springframework.stereotype.Component;

/** The encrypted columns of best interests and closure requests, so that key rotation re-encrypts them. */
@Component
class BestInterestsColumns implements EncryptedColumns {

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(
                column("case_bi_assessment", "summary"),
                column("case_bi_determination", "reasons"),
                column("case_bi_determination", "decision_note"),
                column("case_closure_request", "note"),
                column("case_closure_request", "decision_note"));
    }

    private static EncryptedColumn column(String table, String column) {
        return new EncryptedColumn(table, "id", column, table + "." + column);
    }
}
