package org.sankofa.plans;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.Evaluation;
import org.sankofa.plans.internal.EvaluationDraft;
import org.sankofa.plans.internal.Evaluations;
import org.sankofa.plans.internal.InheritedRecommendation;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sankofa.plans.PlanTestSupport.national;
import static org.sankofa.plans.PlanTestSupport.regional;
import static org.sankofa.plans.PlanTestSupport.supersedingNational;
import static org.sankofa.plans.PlanTestSupport.unique;
import static org.sankofa.plans.PlanTestSupport.user;

/** The rules of evaluations: who writes them, validation, the final lock, and links only to the successor plan. */
@SankofaTest
class PlanEvaluationRulesTests {

    @Autowired
    Plans plans;
    @Autowired
    Evaluations evaluations;
    @Autowired
    UserAccounts users;

    @Autowired
    StrategicAreas strategicAreas;
    @Autowired
    JdbcClient jdbc;

    CurrentUser mali() {
        return user(users, "coordinator.mali");
    }

    static EvaluationDraft finalEvaluation(String summary) {
        return new EvaluationDraft(EvaluationKind.FINAL, LocalDate.of(2023, 3, 1), null, "Test evaluators", summary);
    }

    /** An expired Malian plan with two areas, and the plan that supersedes it with two areas (one with an objective). */
    record Succession(Plan older, long olderPrevention, long olderProtection, Plan newer, long newerPrevention,
            long newerProtection, long newerObjective) {
    }

    Succession succession() {
        Plan older = plans.create(national("ML", unique("Evaluated plan"), PlanStatus.EXPIRED), mali());
        long op = strategicAreas.addArea(older.planId(), "Prevention", Pillar.PREVENTION, null, mali());
        long opr = strategicAreas.addArea(older.planId(), "Protection", Pillar.PROTECTION, null, mali());
        Plan newer = plans.create(supersedingNational("ML", unique("Successor plan"), PlanStatus.IN_FORCE,
                older.id()), mali());
        long np = strategicAreas.addArea(newer.planId(), "Prevention", Pillar.PREVENTION, null, mali());
        long npr = strategicAreas.addArea(newer.planId(), "Protection", Pillar.PROTECTION, null, mali());
        long objective = strategicAreas.addObjective(npr, "Care for victims", mali());
        return new Succession(older, op, opr, newer, np, npr, objective);
    }

    private long evaluationCount(long planId) {
        return jdbc.sql("select count(*) from plan_evaluation where plan_id = ?").param(planId).query(Long.class)
                .single();
    }

    // ---- who writes

    @Test
    void thePlansCoordinatorAndMeOfficersWriteEvaluationsButNotACoordinatorOfAnotherScopeNorAnObserver() {
        Plan plan = plans.create(national("ML", unique("Plan to evaluate"), PlanStatus.IN_FORCE), mali());
        EvaluationDraft draft = new EvaluationDraft(EvaluationKind.MID_TERM, LocalDate.of(2025, 6, 30), null,
                "Mid-term team", null);

        assertThat(evaluations.create(plan.planId(), draft, mali()).status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(evaluations.create(plan.planId(), draft, user(users, "mne")).createdBy()).isEqualTo("mne");
        assertThatThrownBy(() -> evaluations.create(plan.planId(), draft, user(users, "coordinator.ecowas")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.create(plan.planId(), draft, user(users, "observer")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(evaluationCount(plan.id())).isEqualTo(2);

        Plan ecowasPlan = plans.create(regional("ECOWAS", unique("ECOWAS plan to evaluate")),
                user(users, "coordinator.ecowas"));
        assertThat(evaluations.create(ecowasPlan.planId(), draft, user(users, "coordinator.ecowas")).id()).isPositive();
        assertThatThrownBy(() -> evaluations.create(ecowasPlan.planId(), draft, mali()))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- validation

    @Test
    void anEvaluationNeedsAKindADateWithinThePlanAndAnEvaluatorAndEveryWrongFieldIsNamedWithNothingStored() {
        Plan plan = plans.create(national("ML", unique("Plan to evaluate"), PlanStatus.IN_FORCE), mali());

        assertThatThrownBy(() -> evaluations.create(plan.planId(), new EvaluationDraft(null, null, null, " ", null),
                mali())).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("kind", "validation.required")
                        .containsEntry("evaluatedOn", "validation.required")
                        .containsEntry("evaluator", "evaluation.evaluator.required"));
        assertThatThrownBy(() -> evaluations.create(plan.planId(), new EvaluationDraft(EvaluationKind.MID_TERM,
                plan.periodStart().minusDays(1), 999_999_999L, "x".repeat(301), null), mali()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("evaluatedOn", "evaluation.date.beforePlan")
                        .containsEntry("evaluatorText", "validation.too.long")
                        .containsEntry("evaluator", "plan.organisation.unknown"));
        assertThat(evaluationCount(plan.id())).isZero();
    }

    @Test
    void aDraftPlanIsNotEvaluatedAndAPlanHasAtMostOneFinalEvaluation() {
        Plan draft = plans.create(national("ML", unique("Draft plan"), PlanStatus.DRAFT), mali());
        assertThatThrownBy(() -> evaluations.create(draft.planId(), finalEvaluation(null), mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evaluation.plan.draft"));

        Plan plan = plans.create(national("ML", unique("Plan"), PlanStatus.EXPIRED), mali());
        evaluations.create(plan.planId(), finalEvaluation(null), mali());
        assertThatThrownBy(() -> evaluations.create(plan.planId(), finalEvaluation(null), mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evaluation.final.exists"));
        Evaluation midTerm = evaluations.create(plan.planId(), new EvaluationDraft(EvaluationKind.MID_TERM,
                LocalDate.of(2025, 1, 15), null, "Team", null), mali());
        assertThatThrownBy(() -> evaluations.update(midTerm.id(), midTerm.version(), finalEvaluation(null), mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evaluation.final.exists"));
        assertThat(evaluationCount(plan.id())).isEqualTo(2);
    }

    @Test
    void findingsAreOnAreasOfTheEvaluatedPlanOnePerAreaAndOneOnTheWholePlan() {
        Succession s = succession();
        Evaluation e = evaluations.create(PlanId.of(s.older().id()), finalEvaluation(null), mali());

        evaluations.addFinding(e.id(), s.olderPrevention(), FindingRating.SATISFACTORY, "Reached schools", mali());
        evaluations.addFinding(e.id(), null, FindingRating.UNSATISFACTORY, "Overall", mali());
        assertThatThrownBy(() -> evaluations.addFinding(e.id(), s.olderPrevention(), FindingRating.SATISFACTORY,
                "Again", mali())).isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(
                        x.fieldErrors()).containsEntry("area", "evaluation.finding.area.exists"));
        assertThatThrownBy(() -> evaluations.addFinding(e.id(), null, FindingRating.SATISFACTORY, "Again", mali()))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.fieldErrors())
                        .containsEntry("area", "evaluation.finding.overall.exists"));
        assertThatThrownBy(() -> evaluations.addFinding(e.id(), s.newerPrevention(), null, " ", mali()))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.fieldErrors())
                        .containsEntry("area", "evaluation.area.notOfPlan")
                        .containsEntry("rating", "validation.required")
                        .containsEntry("text", "validation.required"));
        assertThatThrownBy(() -> evaluations.addRecommendation(e.id(), "Do more", s.newerPrevention(),
                RecommendationPriority.HIGH, mali())).isInstanceOfSatisfying(InvalidInputException.class,
                        x -> assertThat(x.fieldErrors()).containsEntry("area", "evaluation.area.notOfPlan"));

        Evaluation read = evaluations.require(e.id());
        assertThat(read.findings()).extracting(f -> f.text()).containsExactly("Overall", "Reached schools");
        assertThat(read.recommendations()).isEmpty();
    }

    // ---- linking to the successor plan

    @Test
    void aRecommendationIsLinkedOnlyToAnAreaOrObjectiveOfTheSuccessorPlanAndShowsThere() {
        Succession s = succession();
        Plan unrelated = plans.create(national("ML", unique("Unrelated plan"), PlanStatus.IN_FORCE), mali());
        long unrelatedArea = strategicAreas.addArea(unrelated.planId(), "Prevention", Pillar.PREVENTION, null, mali());
        Evaluation e = evaluations.create(PlanId.of(s.older().id()), finalEvaluation(null), mali());
        long r1 = evaluations.addRecommendation(e.id(), "Measure awareness", s.olderPrevention(),
                RecommendationPriority.HIGH, mali());
        long r2 = evaluations.addRecommendation(e.id(), "Fund shelters", null, RecommendationPriority.MEDIUM, mali());

        // another plan's area, the evaluated plan's own area, an unknown area: refused, nothing linked
        for (long area : List.of(unrelatedArea, s.olderPrevention())) {
            assertThatThrownBy(() -> evaluations.link(e.id(), r1, 0, area, null, mali()))
                    .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.fieldErrors())
                            .containsEntry("successorArea", "evaluation.link.notSuccessor"));
        }
        assertThatThrownBy(() -> evaluations.link(e.id(), r1, 0, 999_999_999L, null, mali()))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.fieldErrors())
                        .containsEntry("successorArea", "evaluation.link.unknown"));
        assertThatThrownBy(() -> evaluations.link(e.id(), r1, 0, s.newerPrevention(), s.newerObjective(), mali()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(evaluations.inherited(PlanId.of(s.newer().id()))).isEmpty();

        evaluations.link(e.id(), r1, 0, s.newerPrevention(), null, mali());
        evaluations.link(e.id(), r2, 0, null, s.newerObjective(), mali());

        List<InheritedRecommendation> inherited = evaluations.inherited(PlanId.of(s.newer().id()));
        assertThat(inherited).extracting(i -> i.recommendation().text())
                .containsExactly("Measure awareness", "Fund shelters");
        assertThat(inherited).allSatisfy(i -> assertThat(i.evaluatedPlanTitle()).isEqualTo(s.older().title()));
        assertThat(inherited.get(0).recommendation().successorTitle()).isEqualTo("Prevention");
        assertThat(inherited.get(1).recommendation().successorTitle()).contains("Care for victims");
        assertThat(evaluations.inherited(unrelated.planId())).isEmpty();

        // unlinking
        evaluations.link(e.id(), r2, 1, null, null, mali());
        assertThat(evaluations.inherited(PlanId.of(s.newer().id()))).hasSize(1);
    }

    @Test
    void aPlanWithoutSuccessorHasNothingToLinkTo() {
        Plan plan = plans.create(national("ML", unique("Plan without successor"), PlanStatus.IN_FORCE), mali());
        Plan other = plans.create(national("ML", unique("Other plan"), PlanStatus.IN_FORCE), mali());
        long otherArea = strategicAreas.addArea(other.planId(), "Prevention", Pillar.PREVENTION, null, mali());
        Evaluation e = evaluations.create(plan.planId(), new EvaluationDraft(EvaluationKind.MID_TERM,
                LocalDate.of(2025, 6, 1), null, "Team", null), mali());
        long r = evaluations.addRecommendation(e.id(), "Keep going", null, RecommendationPriority.LOW, mali());

        assertThatThrownBy(() -> evaluations.link(e.id(), r, 0, otherArea, null, mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("evaluation.link.noSuccessor"));
        assertThat(evaluations.require(e.id()).recommendations().get(0).linked()).isFalse();
    }

    // ---- the final lock, optimistic locking, audit

    @Test
    void aFinalEvaluationIsLockedFromEditsButItsRecommendationsCanStillBeLinked() {
        Succession s = succession();
        Evaluation e = evaluations.create(PlanId.of(s.older().id()), finalEvaluation(null), mali());
        long finding = evaluations.addFinding(e.id(), s.olderProtection(), FindingRating.UNSATISFACTORY, "Few "
                + "shelters", mali());
        long r = evaluations.addRecommendation(e.id(), "Open shelters", s.olderProtection(),
                RecommendationPriority.HIGH, mali());

        Evaluation withoutSummary = evaluations.require(e.id());
        assertThatThrownBy(() -> evaluations.finalise(e.id(), withoutSummary.version(), mali()))
                .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.fieldErrors())
                        .containsEntry("summary", "evaluation.finalise.summary"));
        Evaluation withSummary = evaluations.update(e.id(), withoutSummary.version(),
                finalEvaluation("The plan was partly implemented."), mali());
        Evaluation finalised = evaluations.finalise(e.id(), withSummary.version(), mali());
        assertThat(finalised.status()).isEqualTo(EvaluationStatus.FINAL);
        assertThat(finalised.locked()).isTrue();

        List<Runnable> edits = List.of(
                () -> evaluations.update(e.id(), finalised.version(), finalEvaluation("Changed"), mali()),
                () -> evaluations.finalise(e.id(), finalised.version(), mali()),
                () -> evaluations.delete(e.id(), finalised.version(), mali()),
                () -> evaluations.addFinding(e.id(), s.olderPrevention(), FindingRating.SATISFACTORY, "x", mali()),
                () -> evaluations.updateFinding(e.id(), finding, 0, s.olderProtection(), FindingRating.SATISFACTORY,
                        "Changed", mali()),
                () -> evaluations.deleteFinding(e.id(), finding, mali()),
                () -> evaluations.addRecommendation(e.id(), "x", null, RecommendationPriority.LOW, mali()),
                () -> evaluations.updateRecommendation(e.id(), r, 0, "Changed", null, RecommendationPriority.LOW,
                        mali()),
                () -> evaluations.deleteRecommendation(e.id(), r, mali()));
        for (Runnable edit : edits) {
            assertThatThrownBy(edit::run).isInstanceOfSatisfying(ConflictException.class,
                    x -> assertThat(x.messageKey()).isEqualTo("evaluation.locked"));
        }
        Evaluation after = evaluations.require(e.id());
        assertThat(after.summary()).isEqualTo("The plan was partly implemented.");
        assertThat(after.findings()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("Few shelters"));
        assertThat(after.recommendations()).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("Open shelters"));

        evaluations.link(e.id(), r, after.recommendations().get(0).version(), s.newerProtection(), null, mali());
        assertThat(evaluations.require(e.id()).recommendations().get(0).successorAreaId())
                .isEqualTo(s.newerProtection());
    }

    @Test
    void aStaleVersionIsRefusedAndEveryChangeIsAuditedWithoutItsText() {
        Succession s = succession();
        Evaluation e = evaluations.create(PlanId.of(s.older().id()), finalEvaluation(null), mali());
        Evaluation changed = evaluations.update(e.id(), e.version(), finalEvaluation("Summary"), mali());
        assertThatThrownBy(() -> evaluations.update(e.id(), e.version(), finalEvaluation("Lost update"), mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.stale"));
        long r = evaluations.addRecommendation(e.id(), "Secret-free text", null, RecommendationPriority.LOW, mali());
        assertThatThrownBy(() -> evaluations.link(e.id(), r, 7, s.newerPrevention(), null, mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.stale"));
        evaluations.link(e.id(), r, 0, s.newerPrevention(), null, mali());
        evaluations.finalise(e.id(), evaluations.require(e.id()).version(), mali());
        assertThat(changed.summary()).isEqualTo("Summary");

        List<String> actions = jdbc.sql("select action from audit_entry where target_type = 'evaluation' "
                + "and target_id = ? order by id").param(String.valueOf(e.id())).query(String.class).list();
        assertThat(actions).containsExactly("EVALUATION_CREATED", "EVALUATION_UPDATED",
                "EVALUATION_RECOMMENDATION_ADDED", "EVALUATION_RECOMMENDATION_LINKED", "EVALUATION_FINALISED");
        List<String> details = jdbc.sql("select coalesce(details, '') from audit_entry where target_type = "
                + "'evaluation' and target_id = ?").param(String.valueOf(e.id())).query(String.class).list();
        assertThat(details).noneMatch(d -> d.contains("Secret-free") || d.contains("Summary"));
    }

    @Test
    void theDemoEvaluationOfMalisPlan2018IsFinalSyntheticAndInformsThe2023Plan() {
        long mali2018 = jdbc.sql("select id from action_plan where title like '%2018–2022 (Mali)'")
                .query(Long.class).single();
        long mali2023 = jdbc.sql("select id from action_plan where title like '%2023–2027 (Mali)'")
                .query(Long.class).single();
        List<Evaluation> found = evaluations.forPlan(PlanId.of(mali2018));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvaluationKind.FINAL);
            assertThat(e.status()).isEqualTo(EvaluationStatus.FINAL);
            assertThat(e.synthetic()).isTrue();
            assertThat(e.summary()).startsWith("Synthetic demo content");
            assertThat(e.evaluator()).containsIgnoringCase("synthetic");
            assertThat(e.successorPlanId()).isEqualTo(mali2023);
            assertThat(e.recommendations()).allSatisfy(r -> assertThat(r.text()).startsWith("Synthetic demo"));
            assertThat(e.linkedCount()).isGreaterThanOrEqualTo(3);
        });
        assertThat(evaluations.inherited(PlanId.of(mali2023))).isNotEmpty()
                .allSatisfy(i -> assertThat(i.synthetic()).isTrue());
    }
}
