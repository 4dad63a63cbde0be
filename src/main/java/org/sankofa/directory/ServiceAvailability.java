package org.sankofa.directory;

import java.util.Locale;

/** Whether a partner's service takes people now: places available, few, none (full), or suspended for a while. */
public enum ServiceAvailability {
    AVAILABLE, LIMITED, FULL, SUSPENDED;

    public String messageKey() {
        return "partner.service.availability." + name().toLowerCase(Locale.ROOT);
    }
}
