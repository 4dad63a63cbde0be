package org.sankofa.directory;

/** An organisation taking part: a ministry, a national committee, a UN agency, an NGO, a donor… */
public record Organisation(OrganisationId id, String name, String acronym, OrganisationType type, String countryCode,
        String website, int version) {
}
