package org.sankofa.cases.internal.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.internal.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case with an HTCDS closure reason and a note, and reopening it. Both are recorded in case_closure_event
 * and audited; closing a closed case or reopening an open one is a conflict.
 */
@Component
public class Closures {

    static final String NOTE = "case_closure_event.note";

    public record ClosureEvent(long id, String action, ClosureReason reason, String note, LocalDate actedOn,
            String actedBy) {
    }

    private final JdbcClient jdbc;
    private final CareCases cases;
    private final FieldCipher cipher;
    private final AuditLog audit;

    Closures(JdbcClient jdbc, CareCases cases, FieldCipher cipher, AuditLog audit) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ClosureEvent> history(CurrentUser user, long caseId) {
        cases.readable(user, caseId);
        return jdbc.sql("""
                select e.id, e.action, e.reason, e.note, e.acted_on, u.display_name from case_closure_event e
                       left join app_user u on u.id = e.acted_by
                 where e.case_id = ? order by e.recorded_at desc, e.id desc""")
                .param(caseId).query((rs, n) -> new ClosureEvent(rs.getLong(1), rs.getString(2),
                        rs.getString(3) == null ? null : ClosureReason.fromValue(rs.getString(3)),
                        cipher.decrypt(rs.getString(4), NOTE), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
    }

    @Transactional
    public void close(CurrentUser user, long caseId, ClosureReason reason, String note) {
        cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        CareRules.required(errors, "reason", reason);
        CareRules.required(errors, "note", note);
        CareRules.text(errors, "note", note, CareRules.SHORT_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int changed = jdbc.sql("""
                update case_file set status = 'Closed', closed_on = current_date, closure_reason = ?,
                       version = version + 1, updated_at = now()
                 where id = ? and status in ('Active', 'FollowUp')""")
                .params(reason.value(), caseId).update();
        if (changed != 1) {
            throw new ConflictException("care.closure.already-closed");
        }
        event(user, caseId, "CLOSED", reason.value(), note);
        audit.record(AuditEvent.of(user.getUsername(), "CASE_CLOSED", "case", caseId, "reason=" + reason.value()));
    }

    @Transactional
    public void reopen(CurrentUser user, long caseId, String note) {
        cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        CareRules.text(errors, "note", note, CareRules.SHORT_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int changed = jdbc.sql("""
                update case_file set status = 'Active', closed_on = null, closure_reason = null,
                       version = version + 1, updated_at = now()
                 where id = ? and status in ('Closed', 'ClosedReferred')""")
                .param(caseId).update();
        if (changed != 1) {
            throw new ConflictException("care.closure.not-closed");
        }
        event(user, caseId, "REOPENED", null, note);
        audit.record(AuditEvent.of(user.getUsername(), "CASE_REOPENED", "case", caseId, null));
    }

    private void event(CurrentUser user, long caseId, String action, String reason, String note) {
        jdbc.sql("""
                insert into case_closure_event (case_id, action, reason, note, acted_on, acted_by)
                values (?, ?, ?, ?, current_date, ?)""")
                .params(caseId, action, reason, cipher.encrypt(CareRules.blankToNull(note), NOTE), user.id())
                .update();
    }
}
