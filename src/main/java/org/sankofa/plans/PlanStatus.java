package org.sankofa.plans;

import java.util.Locale;

/** Where a plan stands. A plan superseded by a newer one is SUPERSEDED. */
public enum PlanStatus {
    DRAFT, ADOPTED, IN_FORCE, EXPIRED, SUPERSEDED;

    /** The message key of its name, e.g. {@code plan.status.draft}. */
    public String messageKey() {
        return "plan.status." + name().toLowerCase(Locale.ROOT);
    }
}
