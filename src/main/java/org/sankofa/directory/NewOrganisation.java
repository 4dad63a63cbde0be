package org.sankofa.directory;

public record NewOrganisation(String name, String acronym, OrganisationType type, String countryCode, String website) {
}
