package org.sankofa.plans.internal;

import java.time.LocalDate;

import org.sankofa.plans.EvaluationKind;

/** What an evaluation says about itself (its findings and recommendations are added one by one). */
public record EvaluationDraft(EvaluationKind kind, LocalDate evaluatedOn, Long evaluatorOrgId, String evaluatorText,
        String summary) {
}
