package org.sankofa.plans.internal;

import org.sankofa.plans.EvaluationKind;

/** A recommendation that the evaluation of the previous plan passed on to this plan (one of its areas or objectives). */
public record InheritedRecommendation(Recommendation recommendation, long evaluationId, EvaluationKind kind,
        long evaluatedPlanId, String evaluatedPlanTitle, boolean synthetic) {
}
