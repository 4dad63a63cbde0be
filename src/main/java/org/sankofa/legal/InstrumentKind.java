package org.sankofa.legal;

import java.util.Locale;

/** Whether an instrument is open to every state (a UN convention or protocol) or belongs to regional communities. */
public enum InstrumentKind {
    INTERNATIONAL,
    REGIONAL;

    public String messageKey() {
        return "legal.kind." + name().toLowerCase(Locale.ROOT);
    }
}
