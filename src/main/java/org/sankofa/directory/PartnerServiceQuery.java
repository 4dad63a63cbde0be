package org.sankofa.directory;

import java.util.Set;

/**
 * A search of the partners' services: a country, words of a city, some types (none: every type), for whom, an
 * organisation — each optional — and a page (from 0) of a given size. Removed services are never found.
 */
public record PartnerServiceQuery(String countryCode, String city, Set<ServiceType> types, ServedGroup servedGroup,
        OrganisationId organisationId, int page, int size) {

    public PartnerServiceQuery {
        countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode.strip();
        city = city == null ? "" : city.strip();
        types = types == null ? Set.of() : Set.copyOf(types);
        page = Math.max(page, 0);
        size = Math.max(1, size);
    }

    public static PartnerServiceQuery inCountry(String countryCode) {
        return new PartnerServiceQuery(countryCode, null, Set.of(), null, null, 0, 1000);
    }

    public long offset() {
        return (long) page * size;
    }
}
