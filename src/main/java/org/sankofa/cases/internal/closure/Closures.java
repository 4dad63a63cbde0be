package org.sankofa.cases.internal.closure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.events.CaseClosed;
import org.sankofa.cases.events.CaseReopened;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.FollowUpProgress;
import org.sankofa.cases.internal.RecordRules;
import org.sankofa.cases.internal.StaffNames;
import org.sankofa.cases.internal.Supervision;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.Texts;
import org.sankofa.shared.web.Decision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case with an HTCDS closure reason and a note, and reopening it. Both are recorded in case_closure_event,
 * audited and told to other modules ({@link CaseClosed}, {@link CaseReopened}) in the same transaction; closing a
 * closed case or reopening an open one is a conflict.
 * <p>
 * A child's case does not close at once: closing it makes a closure request (reason, and a note that is required
 * unless {@link FollowUpProgress} says the follow-ups are all done), which a CASE_SUPERVISOR of the owning office
 * other than the requester approves (the case closes) or rejects with a note ({@link Supervision}).
 */
@Component
public class Closures implements org.sankofa.cases.DuplicateRecords {

    /** The part of the case these records are, as the audit names a view of them ({@code via=closure}). */
    public static final String PART = "closure";

    static final String NOTE = "case_closure_event.note";

    /** What closing did: closed the case, or (a child's case) asked a supervisor to approve. */
    public record Outcome(boolean closed, Long requestId) {
    }

    public record ClosureRequest(long id, ClosureReason reason, String note, boolean followUpsDone, String status,
            String requestedBy, Long requestedById, OffsetDateTime requestedAt, String decidedBy,
            OffsetDateTime decidedAt, String decisionNote) {

        public boolean pending() {
            return "REQUESTED".equals(status);
        }
    }

    static final String REQUEST_NOTE = "case_closure_request.note";
    static final String REQUEST_DECISION_NOTE = "case_closure_request.decision_note";

    public record ClosureEvent(long id, String action, ClosureReason reason, String note, LocalDate actedOn,
            String actedBy) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final FollowUpProgress followUps;
    private final ApplicationEventPublisher events;
    private final StaffNames staff;

    @Autowired
    Closures(JdbcClient jdbc, CaseAccess cases, FieldCipher cipher, AuditLog audit,
            ObjectProvider<FollowUpProgress> followUps, ApplicationEventPublisher events, StaffNames staff) {
        // the journey home answers; without it no follow-up is known to be done, so a closure gives its reason
        this(jdbc, cases, cipher, audit, followUps.getIfAvailable(() -> caseId -> false), events, staff);
    }

    Closures(JdbcClient jdbc, CaseAccess cases, FieldCipher cipher, AuditLog audit, FollowUpProgress followUps,
            ApplicationEventPublisher events, StaffNames staff) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.followUps = followUps;
        this.events = events;
        this.staff = staff;
    }

    /** Closure requests of the case (children's cases), newest first, with who asked and who decided. */
    @Transactional
    public List<ClosureRequest> requests(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Row(long id, String reason, String note, boolean followUpsDone, String status, Long requestedBy,
                OffsetDateTime requestedAt, Long decidedBy, OffsetDateTime decidedAt, String decisionNote) {
        }
        List<Row> rows = jdbc.sql("""
                select r.id, r.reason, r.note, r.followups_done, r.status, r.requested_by, r.requested_at,
                       r.decided_by, r.decided_at, r.decision_note
                  from case_closure_request r
                 where r.case_id = ? and r.requested_at <= ? order by r.requested_at desc, r.id desc""")
                .params(caseId.value(), facts.seenUntil()).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getString(5), (Long) rs.getObject(6),
                        rs.getObject(7, OffsetDateTime.class), (Long) rs.getObject(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10))).list();
        Map<Long, String> names = staff.of(rows.stream().flatMap(r -> Stream.of(r.requestedBy(), r.decidedBy()))
                .toList());
        return rows.stream().map(r -> new ClosureRequest(r.id(), ClosureReason.fromValue(r.reason()),
                cipher.decrypt(r.note(), REQUEST_NOTE), r.followUpsDone(), r.status(), names.get(r.requestedBy()),
                r.requestedBy(), r.requestedAt(), names.get(r.decidedBy()), r.decidedAt(),
                cipher.decrypt(r.decisionNote(), REQUEST_DECISION_NOTE))).toList();
    }

    /** Whether the follow-ups of the case are all done (then a child's closure needs no further reason). */
    public boolean followUpsDone(CaseId caseId) {
        return followUps.allDone(caseId);
    }

    @Transactional
    public List<ClosureEvent> history(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Row(ClosureEvent event, Long actedBy) {
        }
        List<Row> rows = jdbc.sql("""
                select e.id, e.action, e.reason, e.note, e.acted_on, e.acted_by from case_closure_event e
                 where e.case_id = ? and e.recorded_at <= ? order by e.recorded_at desc, e.id desc""")
                .params(caseId.value(), facts.seenUntil()).query((rs, n) -> new Row(new ClosureEvent(rs.getLong(1),
                        rs.getString(2), rs.getString(3) == null ? null : ClosureReason.fromValue(rs.getString(3)),
                        cipher.decrypt(rs.getString(4), NOTE), rs.getObject(5, LocalDate.class), null),
                        (Long) rs.getObject(6)))
                .list();
        return staff.named(rows, Row::actedBy, (row, name) -> {
            ClosureEvent e = row.event();
            return new ClosureEvent(e.id(), e.action(), e.reason(), e.note(), e.actedOn(), name);
        });
    }

    @Transactional
    public Outcome close(CurrentUser user, CaseId caseId, ClosureReason reason, String note) {
        CaseFacts facts = cases.editable(user, caseId);
        boolean followUpsDone = facts.child() && followUps.allDone(caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.required(errors, "reason", reason);
        if (!followUpsDone) {
            RecordRules.required(errors, "note", note);
            if (facts.child() && errors.containsKey("note")) {
                errors.put("note", "care.closure.child.reason-required");
            }
        }
        RecordRules.text(errors, "note", note, RecordRules.SHORT_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (facts.child()) {
            return new Outcome(false, request(user, facts, reason, note, followUpsDone));
        }
        closeCase(caseId, reason);
        event(user, caseId, "CLOSED", reason.value(), note);
        audit.record(AuditEvent.of(user.getUsername(), "CASE_CLOSED", "case", caseId, "reason=" + reason.value()));
        return new Outcome(true, null);
    }

    private long request(CurrentUser user, CaseFacts facts, ClosureReason reason, String note, boolean done) {
        if (facts.closed()) {
            throw new ConflictException("care.closure.already-closed");
        }
        jdbc.sql("select id from case_file where id = ? for update").param(facts.id().value()).query(Long.class).single();
        if (jdbc.sql("select count(*) from case_closure_request where case_id = ? and status = 'REQUESTED'")
                .param(facts.id().value()).query(Long.class).single() > 0) {
            throw new ConflictException("care.closure.request.pending");
        }
        long id = jdbc.sql("""
                insert into case_closure_request (case_id, reason, note, followups_done, requested_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(facts.id().value(), reason.value(), cipher.encrypt(Texts.blankToNull(note), REQUEST_NOTE), done,
                        user.id())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "CLOSURE_REQUESTED", "case", facts.id(),
                "request=" + id + ",reason=" + reason.value() + ",followUpsDone=" + done));
        return id;
    }

    /**
     * A supervisor of the owning office, not the requester, approves (the case closes) or rejects (with a note): the
     * one shape of a four-eyes decision ({@link Decision}).
     */
    @Transactional
    public void decide(CurrentUser user, CaseId caseId, long requestId, Decision.Outcome outcome, Decision decision) {
        cases.editable(user, caseId);
        Long requestedBy = jdbc.sql("select requested_by from case_closure_request where id = ? and case_id = ?")
                .params(requestId, caseId.value()).query((rs, n) -> (Long) rs.getObject(1)).optional()
                .orElseThrow(() -> new org.sankofa.shared.NotFoundException("closure request"));
        Supervision.requireDecider(user, requestedBy);
        boolean approve = outcome == Decision.Outcome.APPROVE;
        String note = decision.text();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!approve) {
            RecordRules.required(errors, "note", note);
        }
        RecordRules.text(errors, "note", note, RecordRules.SHORT_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int changed = jdbc.sql("""
                update case_closure_request set status = ?, decided_by = ?, decided_at = now(), decision_note = ?
                 where id = ? and case_id = ? and status = 'REQUESTED'""")
                .params(approve ? "APPROVED" : "REJECTED", user.id(),
                        cipher.encrypt(note, REQUEST_DECISION_NOTE), requestId, caseId.value())
                .update();
        if (changed != 1) {
            throw new ConflictException("care.closure.request.decided");
        }
        if (approve) {
            var request = jdbc.sql("select reason, note from case_closure_request where id = ?").param(requestId)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
            closeCase(caseId, ClosureReason.fromValue(request[0]));
            jdbc.sql("""
                    insert into case_closure_event (case_id, action, reason, note, acted_on, acted_by)
                    values (?, 'CLOSED', ?, ?, current_date, ?)""")
                    .params(caseId.value(), request[0], cipher.encrypt(cipher.decrypt(request[1], REQUEST_NOTE), NOTE),
                            user.id())
                    .update();
            audit.record(AuditEvent.of(user.getUsername(), "CLOSURE_APPROVED", "case", caseId,
                    "request=" + requestId));
            audit.record(AuditEvent.of(user.getUsername(), "CASE_CLOSED", "case", caseId, "reason=" + request[0]));
        } else {
            audit.record(AuditEvent.of(user.getUsername(), "CLOSURE_REJECTED", "case", caseId,
                    "request=" + requestId));
        }
    }

    /** Closes an open case and tells it ({@link CaseClosed}); a case closed meanwhile is a conflict. */
    private void closeCase(CaseId caseId, ClosureReason reason) {
        CaseClosed closed = jdbc.sql("""
                update case_file set status = 'Closed', closed_on = current_date, closure_reason = ?,
                       version = version + 1, updated_at = now()
                 where id = ? and status in ('Active', 'FollowUp')
                returning office_id, closed_on""")
                .params(reason.value(), caseId.value())
                .query((rs, n) -> new CaseClosed(caseId, rs.getLong("office_id"), reason.value(),
                        rs.getObject("closed_on", LocalDate.class)))
                .optional().orElseThrow(() -> new ConflictException("care.closure.already-closed"));
        events.publishEvent(closed);
    }

    @Transactional
    public void reopen(CurrentUser user, CaseId caseId, String note) {
        cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.text(errors, "note", note, RecordRules.SHORT_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseReopened reopened = jdbc.sql("""
                update case_file set status = 'Active', closed_on = null, closure_reason = null,
                       version = version + 1, updated_at = now()
                 where id = ? and status in ('Closed', 'ClosedReferred')
                returning office_id, current_date as reopened_on""")
                .param(caseId.value())
                .query((rs, n) -> new CaseReopened(caseId, rs.getLong("office_id"),
                        rs.getObject("reopened_on", LocalDate.class)))
                .optional().orElseThrow(() -> new ConflictException("care.closure.not-closed"));
        event(user, caseId, "REOPENED", null, note);
        audit.record(AuditEvent.of(user.getUsername(), "CASE_REOPENED", "case", caseId, null));
        events.publishEvent(reopened);
    }

    @Override
    @Transactional
    public void closeAsDuplicate(CurrentUser supervisor, CaseId duplicate, int duplicateVersion, CaseId survivor) {
        CaseFacts kept = cases.editable(supervisor, survivor);
        cases.editable(supervisor, duplicate);
        if (kept.closedOn() != null) {
            throw new ConflictException("matching.merge.survivor-closed");
        }
        CaseClosed closed = jdbc.sql("""
                update case_file set status = 'Closed', closed_on = current_date, closure_reason = ?,
                       version = version + 1, updated_at = now()
                 where id = ? and version = ? and status in ('Active', 'FollowUp')
                returning office_id, closed_on""")
                .params(ClosureReason.DUPLICATE_RECORD.value(), duplicate.value(), duplicateVersion)
                .query((rs, n) -> new CaseClosed(duplicate, rs.getLong("office_id"),
                        ClosureReason.DUPLICATE_RECORD.value(), rs.getObject("closed_on", LocalDate.class)))
                .optional().orElseThrow(() -> new ConflictException("matching.merge.stale"));
        event(supervisor, duplicate, "CLOSED", ClosureReason.DUPLICATE_RECORD.value(), kept.caseNumber());
        audit.record(AuditEvent.of(supervisor.getUsername(), "CASE_CLOSED", "case", duplicate,
                "reason=" + ClosureReason.DUPLICATE_RECORD.value() + ",survivor=" + survivor));
        events.publishEvent(closed);
    }

    @Override
    @Transactional
    public void reopenDuplicate(CurrentUser supervisor, CaseId duplicate) {
        CaseFacts facts = cases.editable(supervisor, duplicate);
        if (!ClosureReason.DUPLICATE_RECORD.value().equals(facts.closureReason())) {
            throw new ConflictException("matching.merge.not-duplicate");
        }
        reopen(supervisor, duplicate, null);
    }

    private void event(CurrentUser user, CaseId caseId, String action, String reason, String note) {
        jdbc.sql("""
                insert into case_closure_event (case_id, action, reason, note, acted_on, acted_by)
                values (?, ?, ?, ?, current_date, ?)""")
                .params(caseId.value(), action, reason, cipher.encrypt(Texts.blankToNull(note), NOTE), user.id())
                .update();
    }
}
