package org.sankofa.plans.web;

import org.sankofa.plans.EvaluationKind;
import org.sankofa.plans.internal.Evaluation;
import org.sankofa.plans.internal.EvaluationDraft;
import org.sankofa.shared.web.FormErrors;

/** The evaluation form's fields as typed (strings), read into a draft with {@link FormErrors}. */
record EvaluationForm(String kind, String evaluatedOn, String evaluatorOrganisation, String evaluatorText,
        String summary, String version) {

    static EvaluationForm empty() {
        return new EvaluationForm("", "", "", "", "", "");
    }

    static EvaluationForm of(Evaluation e) {
        return new EvaluationForm(e.kind().name(), e.evaluatedOn().toString(),
                e.evaluatorOrgId() == null ? "" : e.evaluatorOrgId().toString(),
                e.evaluatorText() == null ? "" : e.evaluatorText(), e.summary() == null ? "" : e.summary(),
                String.valueOf(e.version()));
    }

    EvaluationDraft draft(FormErrors read) {
        return new EvaluationDraft(read.choice("kind", kind, EvaluationKind.class, FormReading.CHOICE),
                read.date("evaluatedOn", evaluatedOn, FormReading.DATE), read.id("evaluator", evaluatorOrganisation),
                evaluatorText, summary);
    }
}
