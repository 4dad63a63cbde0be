package org.sankofa.plans;

import java.util.Locale;

/** Whose plan it is: one country, one community, two communities, or communities of several regions. */
public enum PlanScope {
    NATIONAL, REGIONAL, BI_REGIONAL, INTERREGIONAL;

    /** The message key of its name, e.g. {@code plan.scope.national}. */
    public String messageKey() {
        return "plan.scope." + name().toLowerCase(Locale.ROOT);
    }
}
