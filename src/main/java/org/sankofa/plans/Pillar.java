package org.sankofa.plans;

import java.util.Locale;

/** The standard pillar of a strategic area: the 4 Ps, or other (e.g. monitoring and evaluation). */
public enum Pillar {
    PREVENTION, PROTECTION, PROSECUTION, PARTNERSHIP, OTHER;

    /** The message key of its name, e.g. {@code plan.pillar.prevention}. */
    public String messageKey() {
        return "plan.pillar." + name().toLowerCase(Locale.ROOT);
    }
}
