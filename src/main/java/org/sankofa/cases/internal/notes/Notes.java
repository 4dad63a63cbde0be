package org.sankofa.cases.internal.notes;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.RecordRules;
import org.sankofa.cases.internal.StaffNames;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes on a case: an encrypted body of at most 5,000 characters, its author and time. Shown escaped, never as markup. */
@Component
public class Notes {

    /** The part of the case these records are, as the audit names a view of them ({@code via=notes}). */
    public static final String PART = "notes";

    static final String BODY = "case_note.body";

    public record Note(long id, String body, String author, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final StaffNames staff;

    Notes(JdbcClient jdbc, CaseAccess cases, FieldCipher cipher, AuditLog audit, StaffNames staff) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.staff = staff;
    }

    /** The notes, newest first; reading them is a view of the case's narrative, so it is audited. */
    @Transactional
    public List<Note> list(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Row(long id, String body, Long author, OffsetDateTime createdAt) {
        }
        List<Row> rows = jdbc.sql("""
                select n.id, n.body, n.author, n.created_at from case_note n
                 where n.case_id = ? and n.created_at <= ? order by n.created_at desc, n.id desc""")
                .params(caseId.value(), facts.seenUntil())
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                        rs.getObject(4, OffsetDateTime.class))).list();
        return staff.named(rows, Row::author,
                (row, author) -> new Note(row.id(), cipher.decrypt(row.body(), BODY), author, row.createdAt()));
    }

    @Transactional
    public long add(CurrentUser user, CaseId caseId, String body) {
        cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.required(errors, "body", body);
        RecordRules.text(errors, "body", body, RecordRules.LONG_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("insert into case_note (case_id, body, author) values (?, ?, ?) returning id")
                .params(caseId.value(), cipher.encrypt(body.strip(), BODY), user.id()).query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "NOTE_ADDED", "case", caseId, "note=" + id));
        return id;
    }
}
