package org.sankofa.directory;

import java.util.Locale;

public enum OrganisationType {
    GOVERNMENT, NATIONAL_COMMITTEE, UN_AGENCY, NGO, REGIONAL_BODY, DONOR, LAW_ENFORCEMENT, EMBASSY;

    public String messageKey() {
        return "organisation.type." + name().toLowerCase(Locale.ROOT);
    }
}
