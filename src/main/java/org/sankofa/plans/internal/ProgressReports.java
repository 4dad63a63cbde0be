package org.sankofa.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.ReportStatus;
import org.sankofa.plans.events.ProgressReportApproved;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.sankofa.shared.web.Decision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports per plan and period: DRAFT → SUBMITTED → APPROVED → LOCKED (a submitted report may be rejected,
 * back to DRAFT). Approval and rejection take the one shape of a four-eyes {@link Decision}, with an optional note.
 * Drafting and submitting: {@link PlanAccess#canReport}; approving, rejecting and locking: a coordinator of the plan's
 * scope ({@link PlanAccess#canApprove}) who did not submit it (four eyes). An approved or locked
 * report locks the values of every indicator of the plan whose period shares a day with the report's period. An
 * approval publishes {@link ProgressReportApproved} in its transaction.
 */
@Service
public class ProgressReports {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Plans plans;
    private final PlanAccess access;
    private final ApplicationEventPublisher events;
    private final StrategicAreas strategicAreas;

    ProgressReports(JdbcClient jdbc, AuditLog audit, Plans plans, PlanAccess access, ApplicationEventPublisher events,
            StrategicAreas strategicAreas) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.strategicAreas = strategicAreas;
    }

    public List<ProgressReport> forPlan(PlanId planId) {
        return reportsWhere(planId == null ? "true" : "r.plan_id = ?",
                planId == null ? new Object[0] : new Object[] { planId.value() });
    }

    public Optional<ProgressReport> report(long id) {
        return reportsWhere("r.id = ?", id).stream().findFirst();
    }

    public ProgressReport require(long id) {
        return report(id).orElseThrow(() -> new NotFoundException("report"));
    }

    private List<ProgressReport> reportsWhere(String condition, Object... params) {
        Map<Long, Map<Long, String>> narratives = new LinkedHashMap<>();
        jdbc.sql("select n.report_id, n.area_id, n.narrative from progress_narrative n "
                + "join progress_report r on r.id = n.report_id where " + condition).params(params)
                .query(rs -> {
                    narratives.computeIfAbsent(rs.getLong("report_id"), k -> new LinkedHashMap<>())
                            .put(rs.getLong("area_id"), rs.getString("narrative"));
                });
        return jdbc.sql("select r.*, p.title as plan_title from progress_report r "
                + "join action_plan p on p.id = r.plan_id where " + condition
                + " order by r.period_start desc, r.period_end, r.id").params(params)
                .query((rs, n) -> report(rs, narratives.getOrDefault(rs.getLong("id"), Map.of()))).list();
    }

    @Transactional
    public ProgressReport create(PlanId planId, String periodText, CurrentUser user) {
        Plan plan = plans.require(planId);
        if (!access.canReport(user, Plans.parties(plan))) {
            throw new AccessDeniedException("may not report on this plan");
        }
        IsoPeriod period = Indicators.period(periodText);
        if ((plan.periodStart() != null && period.end().isBefore(plan.periodStart()))
                || (plan.periodEnd() != null && period.start().isAfter(plan.periodEnd()))) {
            throw InvalidInputException.of("period", "plan.report.period.outside");
        }
        boolean exists = jdbc.sql("select exists (select 1 from progress_report where plan_id = ? and period = ?)")
                .params(planId.value(), period.toString()).query(Boolean.class).single();
        if (exists) {
            throw new ConflictException("plan.report.exists");
        }
        long id = jdbc.sql("""
                insert into progress_report (plan_id, period, period_start, period_end, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(planId.value(), period.toString(), period.start(), period.end(), user.getUsername())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_REPORT_CREATED", "report", id,
                "plan=" + planId + ",period=" + period));
        return require(id);
    }

    /** Saves the narratives (area id → text; an empty text removes the area's narrative) of a draft report. */
    @Transactional
    public ProgressReport saveNarratives(long id, int expectedVersion, Map<Long, String> narratives,
            CurrentUser user) {
        ProgressReport report = require(id);
        if (!access.canReport(user, plans.parties(PlanId.of(report.planId())))) {
            throw new AccessDeniedException("may not report on this plan");
        }
        if (report.status() != ReportStatus.DRAFT) {
            throw new ConflictException("plan.report.notDraft");
        }
        List<Long> areas = strategicAreas.of(PlanId.of(report.planId())).stream().map(Area::id).toList();
        Map<String, String> errors = new LinkedHashMap<>();
        for (var entry : narratives.entrySet()) {
            if (entry.getKey() == null || !areas.contains(entry.getKey())) {
                errors.put("narratives", "plan.report.area.unknown");
            } else if (entry.getValue() != null && entry.getValue().length() > 8000) {
                errors.put("narrative-" + entry.getKey(), "validation.too.long");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        bump(id, expectedVersion, ReportStatus.DRAFT, ReportStatus.DRAFT, "");
        for (var entry : narratives.entrySet()) {
            if (Texts.isBlank(entry.getValue())) {
                jdbc.sql("delete from progress_narrative where report_id = ? and area_id = ?")
                        .params(id, entry.getKey()).update();
            } else {
                jdbc.sql("""
                        insert into progress_narrative (report_id, area_id, narrative) values (?, ?, ?)
                        on conflict (report_id, area_id) do update set narrative = excluded.narrative""")
                        .params(id, entry.getKey(), entry.getValue().strip()).update();
            }
        }
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_REPORT_UPDATED", "report", id, "fields=narratives"));
        return require(id);
    }

    @Transactional
    public ProgressReport submit(long id, int expectedVersion, CurrentUser user) {
        ProgressReport report = require(id);
        if (!access.canReport(user, plans.parties(PlanId.of(report.planId())))) {
            throw new AccessDeniedException("may not report on this plan");
        }
        bump(id, expectedVersion, ReportStatus.DRAFT, ReportStatus.SUBMITTED,
                ", submitted_by = :actor, submitted_at = now()", user);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_REPORT_SUBMITTED", "report", id, null));
        return require(id);
    }

    /** Approves or rejects a submitted report (the one shape of a four-eyes decision). */
    @Transactional
    public ProgressReport decide(long id, Decision.Outcome outcome, Decision decision, CurrentUser user) {
        return switch (outcome) {
            case APPROVE -> approve(id, decision, user);
            case REJECT -> reject(id, decision, user);
        };
    }

    /**
     * Approves a submitted report and so locks the values of its period (four eyes: not its submitter). A decision
     * is taken on the report as submitted (it cannot change then), so it needs no version: a report already decided
     * answers 409.
     */
    @Transactional
    public ProgressReport approve(long id, Decision decision, CurrentUser user) {
        ProgressReport report = approverCheck(id, user);
        if (user.getUsername().equals(report.submittedBy())) {
            throw new FourEyesRefusal();
        }
        decide(id, ReportStatus.APPROVED, ", approved_by = :actor, approved_at = now()", decision, user);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_REPORT_APPROVED", "report", id,
                "period=" + report.period()));
        events.publishEvent(new ProgressReportApproved(PlanId.of(report.planId()), id, report.period()));
        return require(id);
    }

    /** Rejects a submitted report: it goes back to its authors as a draft, with the note that says why. */
    @Transactional
    public ProgressReport reject(long id, Decision decision, CurrentUser user) {
        approverCheck(id, user);
        decide(id, ReportStatus.DRAFT, ", submitted_by = null, submitted_at = null", decision, user);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_REPORT_REJECTED", "report", id, null));
        return require(id);
    }

    /** Moves a submitted report to {@code to} with the decision's note (409 when it is no longer submitted). */
    private void decide(long id, ReportStatus to, String set, Decision decision, CurrentUser user) {
        String note = decision == null ? null : decision.text();
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.of("note", "validation.too.long");
        }
        int updated = jdbc.sql("update progress_report set status = :to, version = version + 1, "
                + "decision_note = :note" + set + " where id = :id and status = 'SUBMITTED'")
                .param("to", to.name()).param("note", note).param("id", id).param("actor", user.getUsername())
                .update();
        if (updated == 0) {
            throw new ConflictException("plan.report.wrongStatus");
        }
    }

    /** Closes an approved report for good. */
    @Transactional
    public ProgressReport lock(long id, int expectedVersion, CurrentUser user) {
        approverCheck(id, user);
        bump(id, expectedVersion, ReportStatus.APPROVED, ReportStatus.LOCKED, ", locked_at = now()", null);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_REPORT_LOCKED", "report", id, null));
        return require(id);
    }

    private ProgressReport approverCheck(long id, CurrentUser user) {
        ProgressReport report = require(id);
        if (!access.canApprove(user, plans.parties(PlanId.of(report.planId())))) {
            throw new AccessDeniedException("not a coordinator of the plan's scope");
        }
        return report;
    }

    private void bump(long id, int expectedVersion, ReportStatus from, ReportStatus to, String set) {
        bump(id, expectedVersion, from, to, set, null);
    }

    private void bump(long id, int expectedVersion, ReportStatus from, ReportStatus to, String set,
            CurrentUser actor) {
        var statement = jdbc.sql("update progress_report set status = :to, version = version + 1" + set
                + " where id = :id and version = :version and status = :from")
                .param("to", to.name()).param("id", id).param("version", expectedVersion).param("from", from.name());
        if (set.contains(":actor")) {
            statement = statement.param("actor", actor.getUsername());
        }
        if (statement.update() == 0) {
            ProgressReport now = require(id);
            throw new ConflictException(now.version() != expectedVersion ? "error.stale" : "plan.report.wrongStatus");
        }
    }

    private static ProgressReport report(ResultSet rs, Map<Long, String> narratives) throws SQLException {
        return new ProgressReport(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"),
                rs.getString("period"), ReportStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("approved_by"),
                instant(rs, "approved_at"), instant(rs, "locked_at"), rs.getString("decision_note"), narratives,
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
