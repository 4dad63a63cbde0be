package org.sankofa.plans;

import java.util.Locale;

/** The kind of an evaluation: mid-term or final (at or after the end of the plan). */
public enum EvaluationKind {
    MID_TERM, FINAL;

    /** The message key of its name, e.g. {@code evaluation.kind.mid_term}. */
    public String messageKey() {
        return "evaluation.kind." + name().toLowerCase(Locale.ROOT);
    }
}
