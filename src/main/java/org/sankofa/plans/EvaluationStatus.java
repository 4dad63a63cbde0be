package org.sankofa.plans;

import java.util.Locale;

/** An evaluation's status: a draft is written, a final one is locked (only its links to the successor plan change). */
public enum EvaluationStatus {
    DRAFT, FINAL;

    /** The message key of its name, e.g. {@code evaluation.status.draft}. */
    public String messageKey() {
        return "evaluation.status." + name().toLowerCase(Locale.ROOT);
    }
}
