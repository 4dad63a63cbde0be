package org.sankofa.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.ActivityDraft;
import org.sankofa.plans.internal.Activities;
import org.sankofa.plans.internal.ComputedMeasure;
import org.sankofa.plans.internal.Evaluation;
import org.sankofa.plans.internal.EvaluationDraft;
import org.sankofa.plans.internal.Evaluations;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorDraft;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanComparisons;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.Scorecards;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.support.SankofaTest;
import org.sankofa.database.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.plans.PlanTestSupport.national;
import static org.sankofa.plans.PlanTestSupport.number;
import static org.sankofa.plans.PlanTestSupport.unique;
import static org.sankofa.plans.PlanTestSupport.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scorecard, the comparison of plans and the evaluations of a plan run as many SQL statements for a small plan as
 * for a large one: the number of areas, activities, indicators, evaluations or plans compared never adds a query.
 */
@SankofaTest
class PlanQueryCountTests {

    @Autowired
    Plans plans;
    @Autowired
    StrategicAreas strategicAreas;
    @Autowired
    Activities activities;
    @Autowired
    Indicators indicators;
    @Autowired
    Scorecards scorecards;
    @Autowired
    PlanComparisons comparisons;
    @Autowired
    Evaluations evaluations;
    @Autowired
    UserAccounts users;
    @Autowired
    MockMvc mvc;

    CurrentUser mali() {
        return user(users, "coordinator.mali");
    }

    @Test
    void theScorecardCountsEachComputationOnceHoweverManyRowsThePlanHas() throws Exception {
        Plan small = plan(2);
        Plan large = plan(6);

        long few = SqlStatements.count(() -> scorecards.of(small.planId()));
        long many = SqlStatements.count(() -> scorecards.of(large.planId()));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
        assertThat(scorecards.of(large.planId()).indicators()).hasSize(12);
    }

    @Test
    void comparingMorePlansRunsNoMoreStatements() throws Exception {
        List<PlanId> two = List.of(plan(2).planId(), plan(3).planId());
        List<PlanId> five = List.of(plan(2).planId(), plan(2).planId(), plan(3).planId(), plan(4).planId(),
                plan(5).planId());

        long few = SqlStatements.count(() -> comparisons.byIds(two));
        long many = SqlStatements.count(() -> comparisons.byIds(five));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
        assertThat(comparisons.byIds(five).plans()).hasSize(5);
    }

    @Test
    void theEvaluationsOfAPlanAreReadInThreeStatementsHoweverManyThereAre() throws Exception {
        Plan once = evaluated(1);
        Plan thrice = evaluated(3);

        long few = SqlStatements.count(() -> evaluations.forPlan(once.planId()));
        long many = SqlStatements.count(() -> evaluations.forPlan(thrice.planId()));

        assertThat(few).isEqualTo(3);
        assertThat(many).isEqualTo(few);
        List<Evaluation> read = evaluations.forPlan(thrice.planId());
        assertThat(read).hasSize(3).allSatisfy(e -> {
            assertThat(e.findings()).hasSize(2);
            assertThat(e.recommendations()).hasSize(2);
        });
    }

    @Test
    void aLongerListOfPlansSendsNoMoreStatements() throws Exception {
        plans.create(national("ML", unique("Listed plan"), PlanStatus.IN_FORCE), mali());
        int before = SqlStatements.count(() -> mvc.perform(get("/plans").param("country", "ML")
                .with(user(mali()))).andExpect(status().isOk()));
        for (int i = 0; i < 3; i++) {
            plans.create(national("ML", unique("Listed plan"), PlanStatus.DRAFT), mali());
        }
        int after = SqlStatements.count(() -> mvc.perform(get("/plans").param("country", "ML")
                .with(user(mali()))).andExpect(status().isOk()));

        assertThat(before).isPositive();
        assertThat(after).isEqualTo(before);
    }

    /**
     * A Malian plan in force with {@code size} areas (an activity each), {@code size} manual indicators with a value
     * and {@code size} computed ones (two computations from two on).
     */
    private Plan plan(int size) {
        Plan plan = plans.create(national("ML", unique("Counted plan"), PlanStatus.IN_FORCE), mali());
        for (int i = 0; i < size; i++) {
            long area = strategicAreas.addArea(plan.planId(), "Area " + i, Pillar.PROTECTION, null, mali());
            long objective = strategicAreas.addObjective(area, "Objective " + i, mali());
            activities.add(objective, new ActivityDraft(unique("Activity"), null, null, List.of(), null, null, null,
                    null, null, ActivityStatus.ONGOING, BigDecimal.TEN, null, BigDecimal.ONE, "XOF", null, null),
                    mali());
            Indicator manual = indicators.create(plan.planId(), new IndicatorDraft(area, null, "M-" + i,
                    unique("Manual indicator"), Measure.NUMBER, Direction.HIGHER_IS_BETTER, null, null, null, null,
                    List.of(), IndicatorSource.MANUAL, null, List.of()), mali());
            indicators.setTarget(manual.id(), "2024", BigDecimal.valueOf(5), null, mali());
            indicators.enter(manual.id(), number("2024", 3 + i, List.of()), mali());
            ComputedMeasure measure = i % 2 == 0 ? ComputedMeasure.VICTIMS_IDENTIFIED
                    : ComputedMeasure.VICTIMS_ASSISTED;
            indicators.create(plan.planId(), new IndicatorDraft(area, null, "C-" + i, unique("Computed indicator"),
                    Measure.NUMBER, Direction.HIGHER_IS_BETTER, "persons", null, null, null,
                    List.of(Disaggregation.SEX), IndicatorSource.COMPUTED, measure.key(), List.of()), mali());
        }
        return plan;
    }

    /** A Malian plan in force with {@code count} mid-term evaluations, each with two findings and recommendations. */
    private Plan evaluated(int count) {
        Plan plan = plans.create(national("ML", unique("Evaluated plan"), PlanStatus.IN_FORCE), mali());
        long prevention = strategicAreas.addArea(plan.planId(), "Prevention", Pillar.PREVENTION, null, mali());
        long protection = strategicAreas.addArea(plan.planId(), "Protection", Pillar.PROTECTION, null, mali());
        for (int i = 0; i < count; i++) {
            Evaluation evaluation = evaluations.create(plan.planId(), new EvaluationDraft(EvaluationKind.MID_TERM,
                    LocalDate.of(2025, 6, 1 + i), null, "Mid-term team", null), mali());
            for (long area : List.of(prevention, protection)) {
                evaluations.addFinding(evaluation.id(), area, FindingRating.SATISFACTORY, unique("Finding"), mali());
                evaluations.addRecommendation(evaluation.id(), unique("Recommendation"), area,
                        RecommendationPriority.HIGH, mali());
            }
        }
        return plan;
    }
}
