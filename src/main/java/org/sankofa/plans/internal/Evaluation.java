package org.sankofa.plans.internal;

import java.time.LocalDate;
import java.util.List;

import org.sankofa.plans.EvaluationKind;
import org.sankofa.plans.EvaluationStatus;

/**
 * An evaluation of a plan with its findings (per strategic area, or on the plan as a whole) and recommendations.
 * {@code successorPlanId} is the plan that supersedes the evaluated one (null if none yet): recommendations are linked
 * to its areas or objectives. {@code synthetic} marks demo content.
 */
public record Evaluation(long id, long planId, String planTitle, Long successorPlanId, String successorPlanTitle,
        EvaluationKind kind, LocalDate evaluatedOn, Long evaluatorOrgId, String evaluatorOrgName,
        String evaluatorText, EvaluationStatus status, String summary, boolean synthetic, String createdBy,
        String finalisedBy, int version, List<Finding> findings, List<Recommendation> recommendations) {

    /** Who evaluated: the organisation's name and/or the text given. */
    public String evaluator() {
        if (evaluatorOrgName != null && evaluatorText != null) {
            return evaluatorOrgName + " — " + evaluatorText;
        }
        return evaluatorOrgName != null ? evaluatorOrgName : evaluatorText;
    }

    /** A final evaluation is locked: only its recommendations' links to the successor plan still change. */
    public boolean locked() {
        return status == EvaluationStatus.FINAL;
    }

    public long linkedCount() {
        return recommendations.stream().filter(Recommendation::linked).count();
    }
}
