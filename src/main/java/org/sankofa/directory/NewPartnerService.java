package org.sankofa.directory;

import java.util.List;
import java.util.Set;

/**
 * What a partner writes about one of its services (to add it or change it). {@code name} is optional (a shelter's own
 * name, for example); the coordinates are optional, the rest of the place is required.
 */
public record NewPartnerService(ServiceType type, String name, Set<ServedGroup> servedGroups, String countryCode,
        String city, Coordinates coordinates, Integer capacity, ServiceAvailability availability,
        List<String> languages, String contactName, String contactPhone, String contactEmail, String hours) {

    public NewPartnerService {
        servedGroups = servedGroups == null ? Set.of() : Set.copyOf(servedGroups);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
