package org.sankofa.plans.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.plans.EvaluationKind;
import org.sankofa.plans.FindingRating;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.RecommendationPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo evaluation of Mali's plan 2018–2022. The seeds say only that IOM's consultations and workshops "made it
 * possible to assess the implementation of the 2018-2022 National Action Plan and define the strategic lines of the
 * new document" (shared/seeds 002, 003): they give no evaluator, date, finding or recommendation. So everything in
 * this evaluation is synthetic — stored as such, and every page showing it says so — and it states no real-world
 * fact. Three of its four recommendations are linked to areas of the 2023–2027 plan; the fourth is left for people
 * to link. Runs after the demo plans (DemoPart order), in demo mode only, once (an evaluation of the plan exists → skip).
 */
@Component
class DemoEvaluations implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);
    static final String SUMMARY = "Synthetic demo content, not a real evaluation. The sources only say that "
            + "consultations and workshops with all stakeholders, supported by IOM, made it possible to assess the "
            + "implementation of the 2018–2022 plan and to define the strategic lines of the 2023–2027 plan. They "
            + "report no findings: the rating, the finding and the recommendations below are made up to show how an "
            + "evaluation informs the next plan.";

    private final Evaluations evaluations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CurrentUser loader = new CurrentUser(0, "demo-loader", "Demo loader", null, null, "en",
            Set.of(RoleGrant.of(Role.ADMINISTRATOR)), true, false, false, null);

    DemoEvaluations(Evaluations evaluations, JdbcClient jdbc, TransactionTemplate transactions) {
        this.evaluations = evaluations;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public DemoPart part() {
        return DemoPart.EVALUATIONS;
    }

    @Override
    public void load() {
        Long evaluated = planId(DemoPlans.MALI_2018);
        Long successor = planId(DemoPlans.MALI_2023);
        if (evaluated == null || successor == null || !evaluations.forPlan(PlanId.of(evaluated)).isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> load(evaluated, successor));
        log.info("Demo evaluation loaded (synthetic)");
    }

    private void load(long evaluated, long successor) {
        Evaluation evaluation = evaluations.createSynthetic(PlanId.of(evaluated), new EvaluationDraft(EvaluationKind.FINAL,
                LocalDate.of(2023, 1, 31), null, "Synthetic demo evaluator (the sources name none)", SUMMARY),
                loader);
        long id = evaluation.id();
        // the 2018–2022 plan has no areas on record (the sources list none), so the finding is on the whole plan
        evaluations.addFinding(id, null, FindingRating.SATISFACTORY, "Synthetic demo finding on the plan as a "
                + "whole: an example of what an evaluator records, not an assessment of the real plan.", loader);
        Map<Pillar, Long> areas = new java.util.EnumMap<>(Pillar.class);
        jdbc.sql("select id, pillar from strategic_area where plan_id = ? order by position").param(successor)
                .query((rs, n) -> areas.putIfAbsent(Pillar.valueOf(rs.getString("pillar")), rs.getLong("id")))
                .list();
        List<Object[]> recommendations = List.of(
                new Object[] { "Synthetic demo recommendation: plan awareness-raising activities with measurable "
                        + "targets.", RecommendationPriority.HIGH, Pillar.PREVENTION },
                new Object[] { "Synthetic demo recommendation: give every care activity for victims a lead "
                        + "organisation and a budget line.", RecommendationPriority.HIGH, Pillar.PROTECTION },
                new Object[] { "Synthetic demo recommendation: collect criminal-justice figures (investigations, "
                        + "prosecutions, convictions) every year.", RecommendationPriority.MEDIUM,
                        Pillar.PROSECUTION },
                new Object[] { "Synthetic demo recommendation: agree with partners who reports on which activity.",
                        RecommendationPriority.LOW, null });
        List<Long> ids = new java.util.ArrayList<>();
        for (Object[] r : recommendations) {
            ids.add(evaluations.addRecommendation(id, (String) r[0], null, (RecommendationPriority) r[1], loader));
        }
        evaluation = evaluations.require(id);
        evaluations.finalise(id, evaluation.version(), loader);
        for (int i = 0; i < recommendations.size(); i++) {
            Pillar pillar = (Pillar) recommendations.get(i)[2];
            if (pillar != null && areas.containsKey(pillar)) {
                evaluations.link(id, ids.get(i), 0, areas.get(pillar), null, loader);
            }
        }
    }

    private Long planId(String title) {
        return jdbc.sql("select min(id) from action_plan where title = ?").param(title).query(Long.class).optional()
                .orElse(null);
    }
}
