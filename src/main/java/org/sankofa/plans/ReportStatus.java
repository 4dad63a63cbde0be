package org.sankofa.plans;

import java.util.Locale;

/** The workflow of a progress report: draft, submitted, approved (the period's values are locked), locked. */
public enum ReportStatus {
    DRAFT, SUBMITTED, APPROVED, LOCKED;

    /** The message key of its name, e.g. {@code plan.report.status.draft}. */
    public String messageKey() {
        return "plan.report.status." + name().toLowerCase(Locale.ROOT);
    }
}
