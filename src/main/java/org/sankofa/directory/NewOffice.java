package org.sankofa.directory;

public record NewOffice(OrganisationId organisationId, String code, String name, String countryCode, String city) {
}
