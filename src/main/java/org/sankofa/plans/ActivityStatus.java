package org.sankofa.plans;

import java.util.Locale;

/** How far an activity has come. */
public enum ActivityStatus {
    NOT_STARTED, ONGOING, COMPLETED, DELAYED, CANCELLED;

    /** The message key of its name, e.g. {@code plan.activity.status.not_started}. */
    public String messageKey() {
        return "plan.activity.status." + name().toLowerCase(Locale.ROOT);
    }
}
