package org.sankofa.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A service a partner organisation offers: its type, for whom, where (country, city, and the point when known),
 * capacity and availability, the languages spoken, a contact person, opening hours and the date the partner last
 * confirmed the entry is true. {@code synthetic} marks demo entries; {@code removed}, a service taken out of the
 * directory (a referral still names it).
 */
public record PartnerService(PartnerServiceId id, OrganisationId organisationId, String organisationName,
        ServiceType type, String name, Set<ServedGroup> servedGroups, String countryCode, String city,
        Coordinates coordinates, Integer capacity, ServiceAvailability availability, List<String> languages,
        String contactName, String contactPhone, String contactEmail, String hours, LocalDate confirmedOn,
        boolean synthetic, boolean removed, int version) {

    public PartnerService {
        servedGroups = Set.copyOf(servedGroups);
        languages = List.copyOf(languages);
    }

    /** The groups served, children first. */
    public List<ServedGroup> groupsInOrder() {
        return servedGroups.stream().sorted().toList();
    }

    public boolean serves(ServedGroup group) {
        return servedGroups.contains(group);
    }
}
