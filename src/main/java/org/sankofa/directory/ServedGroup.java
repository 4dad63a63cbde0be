package org.sankofa.directory;

import java.util.Locale;

/** For whom a partner's service is: children, women, men (one or more). */
public enum ServedGroup {
    CHILDREN, WOMEN, MEN;

    public String messageKey() {
        return "partner.service.for." + name().toLowerCase(Locale.ROOT);
    }
}
