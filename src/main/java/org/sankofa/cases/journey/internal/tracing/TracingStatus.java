package org.sankofa.cases.journey.internal.tracing;

import java.util.Locale;

/** Where a family tracing request stands: open, then one outcome recorded by the origin office. */
public enum TracingStatus {
    OPEN, FAMILY_FOUND, NOT_FOUND, UNSAFE_TO_RETURN;

    public String messageKey() {
        return "tracing.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean outcome() {
        return this != OPEN;
    }
}
