package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.PlanId;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities of a plan's objectives: who leads, supports and funds them (organisations of the directory or a
 * text), their planned and actual dates, status and budget in one currency. Changed by whoever may edit the plan,
 * with optimistic locking ({@code error.stale}, 409) and an audit entry.
 */
@Service
public class Activities {

    private static final BigDecimal MAX_BUDGET = new BigDecimal("99999999999999");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrganisationNames organisations;
    private final Plans plans;
    private final StrategicAreas areas;

    Activities(JdbcClient jdbc, AuditLog audit, OrganisationNames organisations, Plans plans, StrategicAreas areas) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.plans = plans;
        this.areas = areas;
    }

    public Optional<Activity> activity(long id) {
        return jdbc.sql("select * from plan_activity where id = ?").param(id).query((rs, n) -> activity(rs))
                .optional().map(a -> named(List.of(a), organisations).get(0));
    }

    /** The activities with the names of their lead and funder organisations (one directory lookup for all). */
    static List<Activity> named(List<Activity> activities, OrganisationNames organisations) {
        Map<Long, String> names = organisations.of(activities.stream()
                .flatMap(a -> Stream.of(a.leadOrgId(), a.funderOrgId())).toList());
        return activities.stream().map(a -> new Activity(a.id(), a.objectiveId(), a.position(), a.title(),
                a.leadOrgId(), names.get(a.leadOrgId()), a.leadText(), a.supportingOrgIds(), a.supportingText(),
                a.plannedStart(), a.plannedEnd(), a.actualStart(), a.actualEnd(), a.status(), a.budgetPlanned(),
                a.budgetSecured(), a.budgetSpent(), a.currency(), a.funderOrgId(), names.get(a.funderOrgId()),
                a.funderText(), a.version())).toList();
    }

    @Transactional
    public Activity add(long objectiveId, ActivityDraft draft, CurrentUser user) {
        PlanId planId = areas.planOfObjective(objectiveId);
        plans.requireEditor(planId, user);
        check(draft);
        long id = jdbc.sql("""
                insert into plan_activity (objective_id, position, title, lead_org_id, lead_text, supporting_org_ids,
                    supporting_text, planned_start, planned_end, actual_start, actual_end, status, budget_planned,
                    budget_secured, budget_spent, currency, funder_org_id, funder_text)
                values (:objective, (select coalesce(max(position), 0) + 1 from plan_activity
                        where objective_id = :objective), :title, :lead, :leadText, :supporting, :supportingText,
                    :plannedStart, :plannedEnd, :actualStart, :actualEnd, :status, :planned, :secured, :spent,
                    :currency, :funder, :funderText)
                returning id""").params(columns(draft)).param("objective", objectiveId).query(Long.class).single();
        plans.touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_ACTIVITY_ADDED", "plan", planId.value(),
                "activity=" + id));
        return activity(id).orElseThrow();
    }

    @Transactional
    public Activity update(long activityId, int expectedVersion, ActivityDraft draft, CurrentUser user) {
        PlanId planId = areas.planOfActivity(activityId);
        plans.requireEditor(planId, user);
        check(draft);
        int updated = jdbc.sql("""
                update plan_activity set title = :title, lead_org_id = :lead, lead_text = :leadText,
                    supporting_org_ids = :supporting, supporting_text = :supportingText,
                    planned_start = :plannedStart, planned_end = :plannedEnd, actual_start = :actualStart,
                    actual_end = :actualEnd, status = :status, budget_planned = :planned, budget_secured = :secured,
                    budget_spent = :spent, currency = :currency, funder_org_id = :funder, funder_text = :funderText,
                    version = version + 1
                where id = :id and version = :version""").params(columns(draft)).param("id", activityId)
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        plans.touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_ACTIVITY_UPDATED", "plan", planId.value(),
                "activity=" + activityId));
        return activity(activityId).orElseThrow();
    }

    @Transactional
    public void delete(long activityId, CurrentUser user) {
        PlanId planId = areas.planOfActivity(activityId);
        plans.requireEditor(planId, user);
        jdbc.sql("delete from plan_activity where id = ?").param(activityId).update();
        plans.touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_ACTIVITY_DELETED", "plan", planId.value(),
                "activity=" + activityId));
    }

    private void check(ActivityDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "title", d.title(), true, PlanFields.TITLE);
        Texts.check(errors, "leadText", d.leadText(), false, PlanFields.ORGANISATION_TEXT);
        Texts.check(errors, "supportingText", d.supportingText(), false, PlanFields.SUPPORTING_TEXT);
        Texts.check(errors, "funderText", d.funderText(), false, PlanFields.ORGANISATION_TEXT);
        if (d.status() == null) {
            errors.put("status", "validation.required");
        }
        if (d.plannedStart() != null && d.plannedEnd() != null && d.plannedStart().isAfter(d.plannedEnd())) {
            errors.put("plannedEnd", "plan.period.order");
        }
        if (d.actualStart() != null && d.actualEnd() != null && d.actualStart().isAfter(d.actualEnd())) {
            errors.put("actualEnd", "plan.period.order");
        }
        for (var amount : Map.of("budgetPlanned", Optional.ofNullable(d.budgetPlanned()),
                "budgetSecured", Optional.ofNullable(d.budgetSecured()),
                "budgetSpent", Optional.ofNullable(d.budgetSpent())).entrySet()) {
            amount.getValue().ifPresent(v -> {
                if (!budget(v)) {
                    errors.put(amount.getKey(), "plan.budget.invalid");
                }
            });
        }
        boolean anyAmount = d.budgetPlanned() != null || d.budgetSecured() != null || d.budgetSpent() != null;
        if (d.currency() != null && !d.currency().isBlank()) {
            if (!isCurrency(d.currency())) {
                errors.put("currency", "plan.currency.invalid");
            }
        } else if (anyAmount) {
            errors.put("currency", "plan.currency.required");
        }
        Map<Long, String> known = organisations.of(Stream.concat(d.supportingOrgIds().stream(),
                Stream.of(d.leadOrgId(), d.funderOrgId())).toList());
        for (Long org : d.supportingOrgIds()) {
            if (org == null || !known.containsKey(org)) {
                errors.put("supportingOrgIds", "plan.organisation.unknown");
            }
        }
        if (d.leadOrgId() != null && !known.containsKey(d.leadOrgId())) {
            errors.put("leadOrgId", "plan.organisation.unknown");
        }
        if (d.funderOrgId() != null && !known.containsKey(d.funderOrgId())) {
            errors.put("funderOrgId", "plan.organisation.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Whether an amount can be a budget: not negative, at most 14 digits and 2 decimals (the import's rule too). */
    static boolean budget(BigDecimal amount) {
        return amount.signum() >= 0 && amount.compareTo(MAX_BUDGET) <= 0 && amount.scale() <= 2;
    }

    /** An ISO 4217 code in capitals (the import's rule too). */
    static boolean isCurrency(String code) {
        if (!code.matches("^[A-Z]{3}$")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, Object> columns(ActivityDraft d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", d.title().strip());
        c.put("lead", d.leadOrgId());
        c.put("leadText", Texts.blankToNull(d.leadText()));
        c.put("supporting", d.supportingOrgIds().toArray(Long[]::new));
        c.put("supportingText", Texts.blankToNull(d.supportingText()));
        c.put("plannedStart", d.plannedStart());
        c.put("plannedEnd", d.plannedEnd());
        c.put("actualStart", d.actualStart());
        c.put("actualEnd", d.actualEnd());
        c.put("status", d.status().name());
        c.put("planned", d.budgetPlanned());
        c.put("secured", d.budgetSecured());
        c.put("spent", d.budgetSpent());
        c.put("currency", Texts.blankToNull(d.currency()));
        c.put("funder", d.funderOrgId());
        c.put("funderText", Texts.blankToNull(d.funderText()));
        return c;
    }

    static Activity activity(ResultSet rs) throws SQLException {
        Array supporting = rs.getArray("supporting_org_ids");
        List<Long> supportingIds = supporting == null ? List.of()
                : Arrays.stream((Long[]) supporting.getArray()).toList();
        return new Activity(rs.getLong("id"), rs.getLong("objective_id"), rs.getInt("position"),
                rs.getString("title"), PlanFields.nullableLong(rs, "lead_org_id"), null,
                rs.getString("lead_text"), supportingIds, rs.getString("supporting_text"),
                rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                rs.getObject("actual_start", LocalDate.class), rs.getObject("actual_end", LocalDate.class),
                ActivityStatus.valueOf(rs.getString("status")), rs.getBigDecimal("budget_planned"),
                rs.getBigDecimal("budget_secured"), rs.getBigDecimal("budget_spent"), rs.getString("currency"),
                PlanFields.nullableLong(rs, "funder_org_id"), null, rs.getString("funder_text"),
                rs.getInt("version"));
    }
}
