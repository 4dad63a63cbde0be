package org.sankofa.cases.journey.internal.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.events.FollowUpRecorded;
import org.sankofa.cases.events.ReturnCompleted;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.CaseGuard;
import org.sankofa.cases.internal.CaseScope;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.Lookups;
import org.sankofa.cases.journey.internal.returns.Checks;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up visits after the return: scheduled at arrival (sankofa.follow-up.months, default 1, 3, 6 and 12 months),
 * each recorded with its findings, a sustainability assessment (economic, social, psychosocial scores from 1 to 5)
 * and a re-trafficking risk reassessment. Recording a visit publishes {@link FollowUpRecorded}.
 */
@Component
public class FollowUps implements org.sankofa.cases.internal.FollowUpProgress {

    /** The part of the case these records are, as the audit names a view of them ({@code via=follow-ups}). */
    public static final String PART = "follow-ups";

    public record Visit(long id, int monthsAfterReturn, LocalDate dueOn, LocalDate visitedOn, String findings,
            Integer economicScore, Integer socialScore, Integer psychosocialScore, String riskLevel, boolean alerted) {

        public boolean overdue() {
            return visitedOn == null && dueOn.isBefore(LocalDate.now());
        }
    }

    public record VisitInput(LocalDate visitedOn, String findings, Integer economicScore, Integer socialScore,
            Integer psychosocialScore, String riskLevel) {
    }

    /** A visit to make, for the tasks pages: the case number and the case worker assigned, never a name. */
    public record Task(long visitId, CaseId caseId, String caseNumber, int monthsAfterReturn, LocalDate dueOn,
            boolean alerted, String assignedTo) {

        public boolean overdue() {
            return dueOn.isBefore(LocalDate.now());
        }

        public long daysOverdue() {
            return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, LocalDate.now()));
        }
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final CaseGuard guard;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final List<Integer> months;
    private final ApplicationEventPublisher events;
    private final Lookups lookups;

    FollowUps(JdbcClient jdbc, CaseAccess cases, CaseGuard guard, FieldCipher cipher, AuditLog audit,
            @Value("${sankofa.follow-up.months:1,3,6,12}") List<Integer> months, ApplicationEventPublisher events,
            Lookups lookups) {
        this.events = events;
        this.lookups = lookups;
        this.jdbc = jdbc;
        this.cases = cases;
        this.guard = guard;
        this.cipher = cipher;
        this.audit = audit;
        this.months = List.copyOf(months);
    }

    public List<Integer> months() {
        return months;
    }

    /**
     * Schedules the visits from the arrival date, in the transaction that confirms the arrival (a listener in the same
     * transaction, docs/decisions/0010-domain-events.md): the visits exist as soon as the arrival does, and an arrival
     * whose visits could not be scheduled is not recorded either.
     */
    @EventListener
    public void schedule(ReturnCompleted arrival) {
        CaseId caseId = arrival.caseId();
        for (int m : months) {
            jdbc.sql("""
                    insert into case_follow_up_visit (case_id, months_after_return, due_on) values (?, ?, ?)
                    on conflict (case_id, months_after_return) do nothing""")
                    .params(caseId.value(), m, arrival.arrivedOn().plusMonths(m)).update();
        }
    }

    @Transactional
    public List<Visit> visits(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        List<Visit> visits = jdbc.sql("""
                select v.id, v.months_after_return, v.due_on, v.visited_on, v.findings, v.economic_score,
                       v.social_score, v.psychosocial_score, v.risk_level,
                       exists (select 1 from follow_up_alert a where a.visit_id = v.id) as alerted
                  from case_follow_up_visit v
                 where v.case_id = ? and coalesce(v.visited_on, v.due_on) <= ? order by v.due_on, v.id""")
                .params(caseId.value(), facts.seenUntilDay())
                .query((rs, n) -> new Visit(rs.getLong("id"), rs.getInt("months_after_return"),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("visited_on", LocalDate.class),
                        rs.getString("findings") == null ? null
                                : cipher.decrypt(rs.getString("findings"), "case_follow_up_visit.findings"),
                        (Integer) rs.getObject("economic_score"), (Integer) rs.getObject("social_score"),
                        (Integer) rs.getObject("psychosocial_score"), rs.getString("risk_level"),
                        rs.getBoolean("alerted")))
                .list();
        return visits;
    }

    @Transactional
    public void record(CurrentUser user, CaseId caseId, long visitId, VisitInput input) {
        CaseFacts facts = cases.editable(user, caseId);
        LocalDate scheduledFrom = jdbc.sql("select arrived_on from case_return_plan where case_id = ?")
                .param(caseId.value()).query(LocalDate.class).optional().orElse(null);
        record Due(LocalDate dueOn, boolean done) {
        }
        Due due = jdbc.sql("select due_on, visited_on is not null as done from case_follow_up_visit"
                        + " where id = ? and case_id = ? for update")
                .params(visitId, caseId.value()).query(Due.class).optional()
                .orElseThrow(() -> new NotFoundException("visit"));
        if (due.done()) {
            throw new ConflictException("return.visit.recorded");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.past(errors, "visitedOn", input.visitedOn());
        if (input.visitedOn() != null && scheduledFrom != null && input.visitedOn().isBefore(scheduledFrom)) {
            errors.put("visitedOn", "return.visit.before-arrival");
        }
        Checks.required(errors, "findings", input.findings());
        if (input.findings() != null && input.findings().length() > 5000) {
            errors.put("findings", "return.text.too-long");
        }
        score(errors, "economicScore", input.economicScore());
        score(errors, "socialScore", input.socialScore());
        score(errors, "psychosocialScore", input.psychosocialScore());
        if (input.riskLevel() == null || !List.of("LOW", "MEDIUM", "HIGH").contains(input.riskLevel())) {
            errors.put("riskLevel", input.riskLevel() == null ? "return.required" : "return.code.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                update case_follow_up_visit set visited_on = ?, findings = ?, economic_score = ?, social_score = ?,
                       psychosocial_score = ?, risk_level = ?, recorded_by = ?
                 where id = ?""")
                .params(input.visitedOn(), cipher.encrypt(input.findings().strip(), "case_follow_up_visit.findings"),
                        input.economicScore(), input.socialScore(), input.psychosocialScore(), input.riskLevel(),
                        user.id(), visitId)
                .update();
        audit.record(AuditEvent.of(user.getUsername(), "FOLLOW_UP_RECORDED", "case", facts.id(),
                "fields=visitedOn,findings,economicScore,socialScore,psychosocialScore,riskLevel"));
        events.publishEvent(new FollowUpRecorded(caseId, visitId, due.dueOn(), input.visitedOn()));
    }

    /**
     * For the closure gate of a child's case: true when follow-up visits were scheduled (the person arrived) and
     * every one of them has been recorded. Cases without a return have no follow-ups: false.
     */
    @Override
    @Transactional(readOnly = true)
    public boolean allDone(CaseId caseId) {
        return jdbc.sql("""
                select count(*) > 0 and count(*) filter (where visited_on is null) = 0
                  from case_follow_up_visit where case_id = ?""")
                .param(caseId.value()).query(Boolean.class).single();
    }

    /**
     * The visits still to make, overdue first: a case worker's own — the cases assigned to them, and the office's
     * cases nobody is assigned to yet —, everything of the office for a supervisor. Only the owning office's cases.
     */
    @Transactional(readOnly = true)
    public List<Task> tasks(CurrentUser user, boolean overdueOnly) {
        CaseScope scope = guard.scopeOf(user);
        if (!(scope instanceof CaseScope.OfficeCases office)) {
            return List.of();
        }
        boolean mine = !user.hasAnyRole(Roles.SUPERVISOR_ROLES);
        record Due(Task task, Long assignedTo) {
        }
        List<Due> due = jdbc.sql("""
                select v.id as visit_id, c.id as case_id, c.case_number, v.months_after_return, v.due_on,
                       exists (select 1 from follow_up_alert a where a.visit_id = v.id) as alerted, c.assigned_to
                  from case_follow_up_visit v join case_file c on c.id = v.case_id
                 where v.visited_on is null and v.due_on <= :horizon and c.status not in ('Closed', 'ClosedReferred')
                   and c.office_id = :office and (not :mine or c.assigned_to is null or c.assigned_to = :me)
                 order by v.due_on, v.id limit 500""")
                .param("horizon", LocalDate.now().plusDays(overdueOnly ? -1 : 30))
                .param("office", office.officeId()).param("mine", mine).param("me", user.id())
                .query((rs, n) -> new Due(new Task(rs.getLong("visit_id"), CaseId.of(rs.getLong("case_id")),
                        rs.getString("case_number"), rs.getInt("months_after_return"),
                        rs.getObject("due_on", LocalDate.class), rs.getBoolean("alerted"), null),
                        (Long) rs.getObject("assigned_to")))
                .list();
        Function<Long, String> people = lookups.displayNames(due.stream().map(Due::assignedTo).toList());
        return due.stream().map(d -> new Task(d.task().visitId(), d.task().caseId(), d.task().caseNumber(),
                d.task().monthsAfterReturn(), d.task().dueOn(), d.task().alerted(), people.apply(d.assignedTo())))
                .toList();
    }

    private static void score(Map<String, String> errors, String field, Integer value) {
        if (value == null) {
            errors.put(field, "return.required");
        } else if (value < 1 || value > 5) {
            errors.put(field, "return.score.range");
        }
    }
}
