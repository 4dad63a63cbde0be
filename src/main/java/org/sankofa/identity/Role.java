package org.sankofa.identity;

import java.util.Locale;

/** The roles of DESIGN §2. A role is granted with a scope (see {@link RoleGrant}). */
public enum Role {
    CASE_WORKER,
    CASE_SUPERVISOR,
    PARTNER,
    NATIONAL_COORDINATOR,
    REGIONAL_COORDINATOR,
    ME_OFFICER,
    EVENT_ORGANISER,
    OBSERVER,
    ADMINISTRATOR;

    /** The Spring Security authority, e.g. {@code ROLE_CASE_WORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of the role's name, e.g. {@code role.case_worker}. */
    public String messageKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
