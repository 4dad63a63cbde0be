package org.sankofa.directory;

/** An office of an organisation, in a country and city. Its code (e.g. {@code SN-DKR}) starts case numbers. */
public record Office(OfficeId id, OrganisationId organisationId, String code, String name, String countryCode,
        String city, int version) {
}
