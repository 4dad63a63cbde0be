package org.sankofa.plans.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.EvaluationKind;
import org.sankofa.plans.EvaluationStatus;
import org.sankofa.plans.FindingRating;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.RecommendationPriority;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations of plans: their findings per strategic area and their recommendations, and the link of a
 * recommendation to an area or objective of the plan that supersedes the evaluated one.
 * <p>
 * Rules: the people who may report on a plan write its evaluations ({@link PlanAccess#canReport}: its editors and
 * M&amp;E officers); everyone signed in reads. A draft plan is not evaluated; a plan has at most one final
 * evaluation. An evaluation is finalised once (it needs a summary), after which its content is locked (409
 * {@code evaluation.locked}) — only the links of its recommendations to the successor plan still change, since the
 * next plan is usually drafted after the evaluation. A recommendation is linked only to the successor plan (422
 * {@code evaluation.link.notSuccessor} otherwise). Optimistic locking ({@code error.stale}, 409) and an audit entry for
 * every change.
 */
@Service
public class Evaluations {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrganisationNames organisations;
    private final Plans plans;
    private final PlanAccess access;
    private final StrategicAreas strategicAreas;

    Evaluations(JdbcClient jdbc, AuditLog audit, OrganisationNames organisations, Plans plans, PlanAccess access,
            StrategicAreas strategicAreas) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.plans = plans;
        this.access = access;
        this.strategicAreas = strategicAreas;
    }

    // ---- reading

    private static final String SELECT = """
            select e.*, p.title as plan_title, nx.id as successor_id, nx.title as successor_title
            from plan_evaluation e
            join action_plan p on p.id = e.plan_id
            left join action_plan nx on nx.supersedes_id = p.id
            """;

    /** The evaluations of a plan, latest first, with their findings and recommendations (three queries in all). */
    public List<Evaluation> forPlan(PlanId planId) {
        return withChildren(jdbc.sql(SELECT + " where e.plan_id = ? order by e.evaluated_on desc, e.id desc")
                .param(planId.value()).query((rs, n) -> evaluation(rs)).list());
    }

    public Optional<Evaluation> evaluation(long id) {
        return withChildren(jdbc.sql(SELECT + " where e.id = ?").param(id).query((rs, n) -> evaluation(rs)).list())
                .stream().findFirst();
    }

    public Evaluation require(long id) {
        return evaluation(id).orElseThrow(() -> new NotFoundException("evaluation"));
    }

    /** The recommendations that evaluations of earlier plans linked to this plan's areas or objectives. */
    public List<InheritedRecommendation> inherited(PlanId planId) {
        return jdbc.sql(RECOMMENDATIONS + """
                 join plan_evaluation e on e.id = r.evaluation_id
                 join action_plan p on p.id = e.plan_id
                 where coalesce(sa2.plan_id, osa.plan_id) = ?
                 order by e.evaluated_on, r.position, r.id""").param(planId.value())
                .query((rs, n) -> new InheritedRecommendation(recommendation(rs), rs.getLong("evaluation_id"),
                        EvaluationKind.valueOf(rs.getString("kind")), rs.getLong("plan_id"),
                        rs.getString("plan_title"), rs.getBoolean("synthetic")))
                .list();
    }

    /** Whether the user may write evaluations of the plan (its editors and M&amp;E officers). */
    public boolean canWrite(CurrentUser user, Plan plan) {
        return access.canReport(user, Plans.parties(plan));
    }

    private static final String RECOMMENDATIONS = """
            select r.*, sa.title as area_title,
                   coalesce(sa2.title, osa.position || '.' || ob.position || ' ' || ob.title) as successor_title,
                   e.kind, e.plan_id, e.synthetic, p.title as plan_title
            from evaluation_recommendation r
            left join strategic_area sa on sa.id = r.area_id
            left join strategic_area sa2 on sa2.id = r.successor_area_id
            left join plan_objective ob on ob.id = r.successor_objective_id
            left join strategic_area osa on osa.id = ob.area_id
            """;

    /**
     * The evaluations with their findings, recommendations and evaluating organisations' names: two queries and one
     * directory lookup for the whole list.
     */
    private List<Evaluation> withChildren(List<Evaluation> evaluations) {
        if (evaluations.isEmpty()) {
            return evaluations;
        }
        Long[] ids = evaluations.stream().map(Evaluation::id).toArray(Long[]::new);
        Map<Long, List<Finding>> findings = new LinkedHashMap<>();
        jdbc.sql("""
                select f.*, sa.title as area_title, sa.pillar from evaluation_finding f
                left join strategic_area sa on sa.id = f.area_id
                where f.evaluation_id = any(?) order by sa.position nulls first, f.id""").param(ids)
                .query((rs, n) -> new Finding(rs.getLong("id"), rs.getLong("evaluation_id"),
                        PlanFields.nullableLong(rs, "area_id"), rs.getString("area_title"),
                        rs.getString("pillar") == null ? null : Pillar.valueOf(rs.getString("pillar")),
                        FindingRating.valueOf(rs.getString("rating")), rs.getString("finding"), rs.getInt("version")))
                .list().forEach(f -> findings.computeIfAbsent(f.evaluationId(), k -> new ArrayList<>()).add(f));
        Map<Long, List<Recommendation>> recommendations = new LinkedHashMap<>();
        jdbc.sql(RECOMMENDATIONS + """
                 join plan_evaluation e on e.id = r.evaluation_id
                 join action_plan p on p.id = e.plan_id
                 where r.evaluation_id = any(?) order by r.position, r.id""").param(ids)
                .query((rs, n) -> recommendation(rs)).list()
                .forEach(r -> recommendations.computeIfAbsent(r.evaluationId(), k -> new ArrayList<>()).add(r));
        Map<Long, String> names = organisations.of(evaluations.stream().map(Evaluation::evaluatorOrgId).toList());
        return evaluations.stream().map(e -> new Evaluation(e.id(), e.planId(), e.planTitle(), e.successorPlanId(),
                e.successorPlanTitle(), e.kind(), e.evaluatedOn(), e.evaluatorOrgId(), names.get(e.evaluatorOrgId()),
                e.evaluatorText(), e.status(), e.summary(), e.synthetic(), e.createdBy(), e.finalisedBy(),
                e.version(), findings.getOrDefault(e.id(), List.of()),
                recommendations.getOrDefault(e.id(), List.of()))).toList();
    }

    private static Evaluation evaluation(ResultSet rs) throws SQLException {
        return new Evaluation(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"),
                PlanFields.nullableLong(rs, "successor_id"), rs.getString("successor_title"),
                EvaluationKind.valueOf(rs.getString("kind")), rs.getObject("evaluated_on", LocalDate.class),
                PlanFields.nullableLong(rs, "evaluator_org_id"), null,
                rs.getString("evaluator_text"), EvaluationStatus.valueOf(rs.getString("status")),
                rs.getString("summary"), rs.getBoolean("synthetic"), rs.getString("created_by"),
                rs.getString("finalised_by"), rs.getInt("version"), List.of(), List.of());
    }

    private static Recommendation recommendation(ResultSet rs) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getInt("position"),
                rs.getString("recommendation"), PlanFields.nullableLong(rs, "area_id"), rs.getString("area_title"),
                RecommendationPriority.valueOf(rs.getString("priority")),
                PlanFields.nullableLong(rs, "successor_area_id"), PlanFields.nullableLong(rs, "successor_objective_id"),
                rs.getString("successor_title"), rs.getString("linked_by"), rs.getInt("version"));
    }

    // ---- the evaluation

    @Transactional
    public Evaluation create(PlanId planId, EvaluationDraft draft, CurrentUser user) {
        return create(planId, draft, user, false);
    }

    /** Creates a demo evaluation, stored as synthetic (every page showing it says so). */
    @Transactional
    Evaluation createSynthetic(PlanId planId, EvaluationDraft draft, CurrentUser user) {
        return create(planId, draft, user, true);
    }

    private Evaluation create(PlanId planId, EvaluationDraft draft, CurrentUser user, boolean synthetic) {
        Plan plan = writable(planId, user);
        check(draft, plan);
        if (plan.status() == PlanStatus.DRAFT) {
            throw new ConflictException("evaluation.plan.draft");
        }
        if (draft.kind() == EvaluationKind.FINAL && finalExists(planId, null)) {
            throw new ConflictException("evaluation.final.exists");
        }
        long id = jdbc.sql("""
                insert into plan_evaluation (plan_id, kind, evaluated_on, evaluator_org_id, evaluator_text, summary,
                    synthetic, created_by)
                values (:plan, :kind, :on, :org, :text, :summary, :synthetic, :actor) returning id""")
                .params(columns(draft)).param("plan", planId.value()).param("synthetic", synthetic)
                .param("actor", user.getUsername()).query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_CREATED", "evaluation", id,
                "plan=" + planId + ",kind=" + draft.kind()));
        return require(id);
    }

    @Transactional
    public Evaluation update(long id, int expectedVersion, EvaluationDraft draft, CurrentUser user) {
        Evaluation current = editable(id, user);
        check(draft, plans.require(PlanId.of(current.planId())));
        if (draft.kind() == EvaluationKind.FINAL && finalExists(PlanId.of(current.planId()), id)) {
            throw new ConflictException("evaluation.final.exists");
        }
        int updated = jdbc.sql("""
                update plan_evaluation set kind = :kind, evaluated_on = :on, evaluator_org_id = :org,
                    evaluator_text = :text, summary = :summary, version = version + 1
                where id = :id and version = :version and status = 'DRAFT'""")
                .params(columns(draft)).param("id", id).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        List<String> fields = new ArrayList<>();
        if (current.kind() != draft.kind()) fields.add("kind");
        if (!current.evaluatedOn().equals(draft.evaluatedOn())) fields.add("evaluatedOn");
        if (!Objects.equals(current.evaluatorOrgId(), draft.evaluatorOrgId())
                || !Objects.equals(current.evaluatorText(), Texts.blankToNull(draft.evaluatorText()))) fields.add("evaluator");
        if (!Objects.equals(current.summary(), Texts.blankToNull(draft.summary()))) fields.add("summary");
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_UPDATED", "evaluation", id,
                "fields=" + String.join(",", fields)));
        return require(id);
    }

    /** DRAFT → FINAL: the evaluation is then locked. It needs a summary (422 on {@code summary}). */
    @Transactional
    public Evaluation finalise(long id, int expectedVersion, CurrentUser user) {
        Evaluation current = editable(id, user);
        if (Texts.isBlank(current.summary())) {
            throw InvalidInputException.of("summary", "evaluation.finalise.summary");
        }
        int updated = jdbc.sql("""
                update plan_evaluation set status = 'FINAL', finalised_by = ?, finalised_at = now(),
                    version = version + 1
                where id = ? and version = ? and status = 'DRAFT'""")
                .params(user.getUsername(), id, expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_FINALISED", "evaluation", id, null));
        return require(id);
    }

    /** Deletes a draft evaluation with its findings and recommendations; a final one stays on record (409). */
    @Transactional
    public void delete(long id, int expectedVersion, CurrentUser user) {
        Evaluation current = editable(id, user);
        int deleted = jdbc.sql("delete from plan_evaluation where id = ? and version = ? and status = 'DRAFT'")
                .params(current.id(), expectedVersion).update();
        if (deleted == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_DELETED", "evaluation", id,
                "plan=" + current.planId()));
    }

    // ---- findings

    @Transactional
    public long addFinding(long evaluationId, Long areaId, FindingRating rating, String text, CurrentUser user) {
        Evaluation evaluation = editable(evaluationId, user);
        checkFinding(evaluation, null, areaId, rating, text);
        long id = jdbc.sql("""
                insert into evaluation_finding (evaluation_id, area_id, rating, finding) values (?, ?, ?, ?)
                returning id""").params(evaluationId, areaId, rating.name(), text.strip()).query(Long.class).single();
        touch(evaluationId);
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_FINDING_ADDED", "evaluation", evaluationId,
                "finding=" + id));
        return id;
    }

    @Transactional
    public void updateFinding(long evaluationId, long findingId, int expectedVersion, Long areaId,
            FindingRating rating, String text, CurrentUser user) {
        Evaluation evaluation = editable(evaluationId, user);
        Finding finding = findingOf(evaluation, findingId);
        checkFinding(evaluation, findingId, areaId, rating, text);
        int updated = jdbc.sql("""
                update evaluation_finding set area_id = ?, rating = ?, finding = ?, version = version + 1
                where id = ? and version = ?""")
                .params(areaId, rating.name(), text.strip(), findingId, expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(finding.areaId(), areaId)) fields.add("area");
        if (finding.rating() != rating) fields.add("rating");
        if (!finding.text().equals(text.strip())) fields.add("text");
        touch(evaluationId);
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_FINDING_UPDATED", "evaluation", evaluationId,
                "finding=" + findingId + ",fields=" + String.join(",", fields)));
    }

    @Transactional
    public void deleteFinding(long evaluationId, long findingId, CurrentUser user) {
        Evaluation evaluation = editable(evaluationId, user);
        findingOf(evaluation, findingId);
        jdbc.sql("delete from evaluation_finding where id = ?").param(findingId).update();
        touch(evaluationId);
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_FINDING_DELETED", "evaluation", evaluationId,
                "finding=" + findingId));
    }

    private void checkFinding(Evaluation evaluation, Long findingId, Long areaId, FindingRating rating,
            String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "text", text, true, 4000);
        if (rating == null) {
            errors.put("rating", "validation.required");
        }
        if (areaId != null && !areaOfPlan(areaId, evaluation.planId())) {
            errors.put("area", "evaluation.area.notOfPlan");
        }
        if (!errors.containsKey("area") && evaluation.findings().stream()
                .anyMatch(f -> f.id() != (findingId == null ? -1 : findingId) && Objects.equals(f.areaId(), areaId))) {
            errors.put("area", areaId == null ? "evaluation.finding.overall.exists" : "evaluation.finding.area.exists");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Finding findingOf(Evaluation evaluation, long findingId) {
        return evaluation.findings().stream().filter(f -> f.id() == findingId).findFirst()
                .orElseThrow(() -> new NotFoundException("finding"));
    }

    // ---- recommendations

    @Transactional
    public long addRecommendation(long evaluationId, String text, Long areaId, RecommendationPriority priority,
            CurrentUser user) {
        Evaluation evaluation = editable(evaluationId, user);
        checkRecommendation(evaluation, text, areaId, priority);
        long id = jdbc.sql("""
                insert into evaluation_recommendation (evaluation_id, position, recommendation, area_id, priority)
                values (?, (select coalesce(max(position), 0) + 1 from evaluation_recommendation
                            where evaluation_id = ?), ?, ?, ?)
                returning id""").params(evaluationId, evaluationId, text.strip(), areaId, priority.name())
                .query(Long.class).single();
        touch(evaluationId);
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_RECOMMENDATION_ADDED", "evaluation",
                evaluationId, "recommendation=" + id));
        return id;
    }

    @Transactional
    public void updateRecommendation(long evaluationId, long recommendationId, int expectedVersion, String text,
            Long areaId, RecommendationPriority priority, CurrentUser user) {
        Evaluation evaluation = editable(evaluationId, user);
        Recommendation current = recommendationOf(evaluation, recommendationId);
        checkRecommendation(evaluation, text, areaId, priority);
        int updated = jdbc.sql("""
                update evaluation_recommendation set recommendation = ?, area_id = ?, priority = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(text.strip(), areaId, priority.name(), recommendationId, expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        List<String> fields = new ArrayList<>();
        if (!current.text().equals(text.strip())) fields.add("text");
        if (!Objects.equals(current.areaId(), areaId)) fields.add("area");
        if (current.priority() != priority) fields.add("priority");
        touch(evaluationId);
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_RECOMMENDATION_UPDATED", "evaluation",
                evaluationId, "recommendation=" + recommendationId + ",fields=" + String.join(",", fields)));
    }

    @Transactional
    public void deleteRecommendation(long evaluationId, long recommendationId, CurrentUser user) {
        Evaluation evaluation = editable(evaluationId, user);
        recommendationOf(evaluation, recommendationId);
        jdbc.sql("delete from evaluation_recommendation where id = ?").param(recommendationId).update();
        touch(evaluationId);
        audit.record(AuditEvent.of(user.getUsername(), "EVALUATION_RECOMMENDATION_DELETED", "evaluation",
                evaluationId, "recommendation=" + recommendationId));
    }

    /**
     * Links a recommendation to an area or an objective of the successor plan (both null: unlinks it). Allowed on a
     * final evaluation too. The user must be able to write evaluations of the evaluated plan and to report on the
     * successor plan.
     */
    @Transactional
    public void link(long evaluationId, long recommendationId, int expectedVersion, Long successorAreaId,
            Long successorObjectiveId, CurrentUser user) {
        Evaluation evaluation = require(evaluationId);
        Plan plan = writable(PlanId.of(evaluation.planId()), user);
        recommendationOf(evaluation, recommendationId);
        if (successorAreaId != null && successorObjectiveId != null) {
            throw InvalidInputException.of("successorArea", "evaluation.link.both");
        }
        boolean unlink = successorAreaId == null && successorObjectiveId == null;
        if (!unlink) {
            if (evaluation.successorPlanId() == null) {
                throw new ConflictException("evaluation.link.noSuccessor");
            }
            PlanId targetPlan;
            String field = successorAreaId != null ? "successorArea" : "successorObjective";
            try {
                targetPlan = successorAreaId != null ? strategicAreas.planOfArea(successorAreaId)
                        : strategicAreas.planOfObjective(successorObjectiveId);
            } catch (NotFoundException e) {
                throw InvalidInputException.of(field, "evaluation.link.unknown");
            }
            if (targetPlan.value() != evaluation.successorPlanId()) {
                throw InvalidInputException.of(field, "evaluation.link.notSuccessor");
            }
            if (!access.canReport(user, plans.parties(targetPlan))) {
                throw new AccessDeniedException("the successor plan is outside the user's scope");
            }
        }
        int updated = jdbc.sql("""
                update evaluation_recommendation set successor_area_id = ?, successor_objective_id = ?,
                    linked_by = ?, linked_at = case when ? then null else now() end, version = version + 1
                where id = ? and version = ?""")
                .params(successorAreaId, successorObjectiveId, unlink ? null : user.getUsername(), unlink,
                        recommendationId, expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(user.getUsername(), unlink ? "EVALUATION_RECOMMENDATION_UNLINKED"
                : "EVALUATION_RECOMMENDATION_LINKED", "evaluation", evaluationId,
                "recommendation=" + recommendationId + (unlink ? "" : successorAreaId != null
                        ? ",successorArea=" + successorAreaId : ",successorObjective=" + successorObjectiveId)
                        + ",plan=" + plan.id()));
    }

    private void checkRecommendation(Evaluation evaluation, String text, Long areaId,
            RecommendationPriority priority) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "text", text, true, 2000);
        if (priority == null) {
            errors.put("priority", "validation.required");
        }
        if (areaId != null && !areaOfPlan(areaId, evaluation.planId())) {
            errors.put("area", "evaluation.area.notOfPlan");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Recommendation recommendationOf(Evaluation evaluation, long recommendationId) {
        return evaluation.recommendations().stream().filter(r -> r.id() == recommendationId).findFirst()
                .orElseThrow(() -> new NotFoundException("recommendation"));
    }

    // ---- helpers

    private Plan writable(PlanId planId, CurrentUser user) {
        Plan plan = plans.require(planId);
        if (!canWrite(user, plan)) {
            throw new AccessDeniedException("may not write evaluations of this plan");
        }
        return plan;
    }

    /** The evaluation, when the user may write it and it is still a draft (403, 404, 409 otherwise). */
    private Evaluation editable(long id, CurrentUser user) {
        Evaluation evaluation = require(id);
        writable(PlanId.of(evaluation.planId()), user);
        if (evaluation.locked()) {
            throw new ConflictException("evaluation.locked");
        }
        return evaluation;
    }

    private boolean areaOfPlan(long areaId, long planId) {
        return jdbc.sql("select count(*) from strategic_area where id = ? and plan_id = ?").params(areaId, planId)
                .query(Long.class).single() > 0;
    }

    private boolean finalExists(PlanId planId, Long except) {
        return jdbc.sql("select count(*) from plan_evaluation where plan_id = ? and kind = 'FINAL' and id <> ?")
                .params(planId.value(), except == null ? -1L : except).query(Long.class).single() > 0;
    }

    private void touch(long evaluationId) {
        jdbc.sql("update plan_evaluation set version = version + 1 where id = ?").param(evaluationId).update();
    }

    /** Checks a draft against the plan's rules without storing anything (so that a form names every wrong field). */
    public void validate(PlanId planId, EvaluationDraft draft) {
        check(draft, plans.require(planId));
    }

    private void check(EvaluationDraft d, Plan plan) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.kind() == null) {
            errors.put("kind", "validation.required");
        }
        if (d.evaluatedOn() == null) {
            errors.put("evaluatedOn", "validation.required");
        } else if (plan.periodStart() != null && d.evaluatedOn().isBefore(plan.periodStart())) {
            errors.put("evaluatedOn", "evaluation.date.beforePlan");
        } else if (d.evaluatedOn().isAfter(LocalDate.now().plusYears(1))) {
            errors.put("evaluatedOn", "evaluation.date.future");
        }
        Texts.check(errors, "evaluatorText", d.evaluatorText(), false, 300);
        if (d.evaluatorOrgId() == null && Texts.isBlank(d.evaluatorText())) {
            errors.put("evaluator", "evaluation.evaluator.required");
        } else if (d.evaluatorOrgId() != null
                && organisations.of(List.of(d.evaluatorOrgId())).isEmpty()) {
            errors.put("evaluator", "plan.organisation.unknown");
        }
        Texts.check(errors, "summary", d.summary(), false, 8000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, Object> columns(EvaluationDraft d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", d.kind().name());
        c.put("on", d.evaluatedOn());
        c.put("org", d.evaluatorOrgId());
        c.put("text", Texts.blankToNull(d.evaluatorText()));
        c.put("summary", Texts.blankToNull(d.summary()));
        return c;
    }
}
