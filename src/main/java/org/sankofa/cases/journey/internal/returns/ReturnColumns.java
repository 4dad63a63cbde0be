package org.sankofa.cases.journey.internal.returns;

import java.util.List;

import org.sankofa.cases.internal.protection.EncryptedColumn;
import org.sankofa.cases.internal.protection.EncryptedColumns;
import org.springframework.stereotype.Component;

/** The encrypted columns of the return plan and follow-ups, so that key rotation re-encrypts them too. */
@Component
class ReturnColumns implements EncryptedColumns {

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(
                column("case_return_plan", "route"),
                column("case_return_plan", "escort"),
                column("case_return_plan", "arrival_place"),
                column("case_return_plan", "arrival_persons"),
                column("case_follow_up_visit", "findings"));
    }

    private static EncryptedColumn column(String table, String column) {
        return new EncryptedColumn(table, "id", column, table + "." + column);
    }
}
