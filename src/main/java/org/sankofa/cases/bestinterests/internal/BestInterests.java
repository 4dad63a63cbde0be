package org.sankofa.cases.bestinterests.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.bestinterests.ReturnApprovals;
import org.sankofa.cases.events.BestInterestsDetermined;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.Supervision;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.Decision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The best interests of a child: assessments (dated, attributed, encrypted summary), then a determination proposed
 * by a case worker or supervisor of the owning office, approved or rejected once by a CASE_SUPERVISOR of that office
 * who did not request it. One determination waits for a decision at a time. A child's return may be planned only
 * when {@link #returnApproved(CaseId)}. An approval publishes {@link BestInterestsDetermined}.
 */
@Component
public class BestInterests implements ReturnApprovals {

    /** The part of the case these records are, as the audit names a view of them ({@code via=best-interests}). */
    public static final String PART = "best-interests";

    static final String SUMMARY = "case_bi_assessment.summary";
    static final String REASONS = "case_bi_determination.reasons";
    static final String DECISION_NOTE = "case_bi_determination.decision_note";
    static final int MAX_TEXT = 5000;

    public record Assessment(long id, LocalDate assessedOn, String assessedBy, String summary) {
    }

    public record Determination(long id, Long assessmentId, BestInterestsDecision decision, DecisionStatus status,
            String reasons, String requestedBy, Long requestedById, OffsetDateTime requestedAt, String decidedBy,
            OffsetDateTime decidedAt, String decisionNote) {

        public boolean pending() {
            return status == DecisionStatus.REQUESTED;
        }
    }

    public record NewAssessment(LocalDate assessedOn, String summary) {
    }

    public record NewDetermination(Long assessmentId, BestInterestsDecision decision, String reasons) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final UserAccounts users;

    BestInterests(JdbcClient jdbc, CaseAccess cases, FieldCipher cipher, AuditLog audit,
            ApplicationEventPublisher events, UserAccounts users) {
        this.users = users;
        this.jdbc = jdbc;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The gate of a child's return: an APPROVED determination deciding RETURN_TO_FAMILY exists. No access check
     * (the caller has checked the case); true or false, never an exception.
     */
    @Override
    public boolean returnApproved(CaseId caseId) {
        return !returnApproved(List.of(caseId)).isEmpty();
    }

    @Override
    public Set<CaseId> returnApproved(Collection<CaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                select distinct case_id from case_bi_determination
                 where case_id = any(?) and status = 'APPROVED' and decision = 'RETURN_TO_FAMILY'""")
                .param(caseIds.stream().map(CaseId::value).toArray(Long[]::new))
                .query((rs, n) -> CaseId.of(rs.getLong(1))).set();
    }

    @Transactional
    public List<Assessment> assessments(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Row(Assessment assessment, Long assessedBy) {
        }
        List<Row> rows = jdbc.sql("""
                select a.id, a.assessed_on, a.assessed_by, a.summary from case_bi_assessment a
                 where a.case_id = ? and a.recorded_at <= ? order by a.assessed_on desc, a.id desc""")
                .params(caseId.value(), facts.seenUntil())
                .query((rs, n) -> new Row(new Assessment(rs.getLong(1), rs.getObject(2, LocalDate.class), null,
                        cipher.decrypt(rs.getString(4), SUMMARY)), (Long) rs.getObject(3)))
                .list();
        Function<Long, String> people = users.displayNames(rows.stream().map(Row::assessedBy).toList());
        return rows.stream().map(row -> new Assessment(row.assessment().id(), row.assessment().assessedOn(),
                people.apply(row.assessedBy()), row.assessment().summary())).toList();
    }

    @Transactional
    public List<Determination> determinations(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Row(Determination determination, Long decidedBy) {
        }
        List<Row> rows = jdbc.sql("""
                select d.id, d.assessment_id, d.decision, d.status, d.reasons, d.requested_by, d.requested_at,
                       d.decided_by, d.decided_at, d.decision_note
                  from case_bi_determination d
                 where d.case_id = ? and d.requested_at <= ? order by d.requested_at desc, d.id desc""")
                .params(caseId.value(), facts.seenUntil())
                .query((rs, n) -> new Row(new Determination(rs.getLong(1), (Long) rs.getObject(2),
                        BestInterestsDecision.valueOf(rs.getString(3)), DecisionStatus.valueOf(rs.getString(4)),
                        cipher.decrypt(rs.getString(5), REASONS), null, (Long) rs.getObject(6),
                        rs.getObject(7, OffsetDateTime.class), null, rs.getObject(9, OffsetDateTime.class),
                        cipher.decrypt(rs.getString(10), DECISION_NOTE)), (Long) rs.getObject(8)))
                .list();
        Function<Long, String> people = users.displayNames(rows.stream()
                .flatMap(row -> Stream.of(row.determination().requestedById(), row.decidedBy())).toList());
        return rows.stream().map(row -> {
            Determination d = row.determination();
            return new Determination(d.id(), d.assessmentId(), d.decision(), d.status(), d.reasons(),
                    people.apply(d.requestedById()), d.requestedById(), d.requestedAt(), people.apply(row.decidedBy()),
                    d.decidedAt(), d.decisionNote());
        }).toList();
    }

    @Transactional
    public long assess(CurrentUser user, CaseId caseId, NewAssessment assessment) {
        CaseFacts facts = cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        date(errors, "assessedOn", assessment.assessedOn());
        text(errors, "summary", assessment.summary(), true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireChildOpen(facts);
        long id = jdbc.sql("""
                insert into case_bi_assessment (case_id, assessed_on, assessed_by, summary)
                values (?, ?, ?, ?) returning id""")
                .params(caseId.value(), assessment.assessedOn(), user.id(), cipher.encrypt(assessment.summary().strip(), SUMMARY))
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "BI_ASSESSED", "case", caseId, "assessment=" + id));
        return id;
    }

    @Transactional
    public long request(CurrentUser user, CaseId caseId, NewDetermination determination) {
        CaseFacts facts = cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (determination.decision() == null) {
            errors.put("decision", "bi.required");
        }
        text(errors, "reasons", determination.reasons(), true);
        if (determination.assessmentId() == null) {
            errors.put("assessmentId", "bi.assessment.required");
        } else if (jdbc.sql("select count(*) from case_bi_assessment where id = ? and case_id = ?")
                .params(determination.assessmentId(), caseId.value()).query(Long.class).single() == 0) {
            errors.put("assessmentId", "bi.assessment.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireChildOpen(facts);
        // lock the case row so that two simultaneous requests cannot both pass the "none pending" check
        jdbc.sql("select id from case_file where id = ? for update").param(caseId.value()).query(Long.class).single();
        if (jdbc.sql("select count(*) from case_bi_determination where case_id = ? and status = 'REQUESTED'")
                .param(caseId.value()).query(Long.class).single() > 0) {
            throw new ConflictException("bi.determination.pending");
        }
        long id = jdbc.sql("""
                insert into case_bi_determination (case_id, assessment_id, decision, reasons, requested_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId.value(), determination.assessmentId(), determination.decision().name(),
                        cipher.encrypt(determination.reasons().strip(), REASONS), user.id())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "BI_DETERMINATION_REQUESTED", "case", caseId,
                "determination=" + id + ",decision=" + determination.decision().name()));
        return id;
    }

    /**
     * A supervisor approves or rejects a requested determination (the one decision shape: {@link Decision}); a
     * rejection needs a note. An approval publishes {@link BestInterestsDetermined}.
     */
    @Transactional
    public void decide(CurrentUser user, CaseId caseId, long determinationId, Decision.Outcome outcome,
            Decision decision) {
        boolean approve = outcome == Decision.Outcome.APPROVE;
        String note = decision.text();
        cases.editable(user, caseId); // 404 for another office's supervisor
        Long requestedBy = jdbc.sql("select requested_by from case_bi_determination where id = ? and case_id = ?")
                .params(determinationId, caseId.value()).query((rs, n) -> (Long) rs.getObject(1)).optional()
                .orElseThrow(() -> new NotFoundException("determination"));
        Supervision.requireDecider(user, requestedBy);
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "note", note, !approve);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int changed = jdbc.sql("""
                update case_bi_determination set status = ?, decided_by = ?, decided_at = now(), decision_note = ?,
                       version = version + 1
                 where id = ? and case_id = ? and status = 'REQUESTED'""")
                .params(approve ? "APPROVED" : "REJECTED", user.id(),
                        cipher.encrypt(note, DECISION_NOTE),
                        determinationId, caseId.value())
                .update();
        if (changed != 1) {
            throw new ConflictException("bi.determination.decided");
        }
        audit.record(AuditEvent.of(user.getUsername(),
                approve ? "BI_DETERMINATION_APPROVED" : "BI_DETERMINATION_REJECTED", "case", caseId,
                "determination=" + determinationId));
        if (approve) {
            events.publishEvent(new BestInterestsDetermined(caseId, determinationId, LocalDate.now()));
        }
    }

    private static void requireChildOpen(CaseFacts facts) {
        if (!facts.child()) {
            throw new ConflictException("bi.not-a-child");
        }
        if (facts.closed()) {
            throw new ConflictException("bi.case-closed");
        }
    }

    static void date(Map<String, String> errors, String field, LocalDate value) {
        if (value == null) {
            errors.put(field, "bi.required");
        } else if (value.isAfter(LocalDate.now())) {
            errors.put(field, "bi.date.future");
        } else if (value.isBefore(LocalDate.of(1900, 1, 1))) {
            errors.put(field, "bi.date.invalid");
        }
    }

    static void text(Map<String, String> errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "bi.required");
            }
        } else if (value.length() > MAX_TEXT) {
            errors.put(field, "bi.text.too-long");
        }
    }
}
