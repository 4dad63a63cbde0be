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
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes on a case: an encrypted body of at most 5,000 characters, its author and time. Shown escaped, never as markup. */
@Component
public class Notes {

    static final String BODY = "case_note.body";

    public record Note(long id, String body, String author, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final FieldCipher cipher;
    private final AuditLog audit;

    Notes(JdbcClient jdbc, CaseAccess cases, FieldCipher cipher, AuditLog audit) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The notes, newest first; reading them is a view of the case's narrative, so it is audited. */
    @Transactional
    public List<Note> list(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId);
        List<Note> notes = jdbc.sql("""
                select n.id, n.body, u.display_name, n.created_at from case_note n
                       left join app_user u on u.id = n.author
                 where n.case_id = ? and n.created_at <= ? order by n.created_at desc, n.id desc""")
                .params(caseId.value(), facts.seenUntil()).query((rs, i) -> new Note(rs.getLong(1), cipher.decrypt(rs.getString(2), BODY),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class))).list();
        if (!notes.isEmpty()) {
            audit.record(AuditEvent.of(user.getUsername(), "CASE_VIEWED", "case", caseId, "part=notes"));
        }
        return notes;
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
