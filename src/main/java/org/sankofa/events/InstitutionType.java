package org.sankofa.events;

import java.util.Locale;

/** Where a participant works: the function the training or workshop reaches. */
public enum InstitutionType {
    POLICE, BORDER, JUDICIARY, LABOUR_INSPECTION, SOCIAL_SERVICES, NGO, UN_AGENCY, OTHER;

    /** The message key of its name, e.g. {@code event.institution.police}. */
    public String messageKey() {
        return "event.institution." + name().toLowerCase(Locale.ROOT);
    }
}
