package org.sankofa.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services partner organisations offer, kept up to date by the partners themselves. Every change is checked (an
 * {@link org.sankofa.shared.InvalidInputException} names each wrong field, nothing is written), refused with
 * {@link org.springframework.security.access.AccessDeniedException} when the editor may not change that
 * organisation's services (see {@link ServiceEditor}), refused with {@code ConflictException("error.stale")} at a
 * version that is not the current one, and audited with the names of the fields changed.
 */
public interface PartnerServices {

    PartnerService add(ServiceEditor editor, OrganisationId organisation, NewPartnerService service);

    PartnerService change(ServiceEditor editor, PartnerServiceId id, int expectedVersion, NewPartnerService changes);

    /** Records that the entry is still true today (its date of confirmation becomes today). */
    PartnerService confirm(ServiceEditor editor, PartnerServiceId id, int expectedVersion);

    /** Removes the service from the directory (referrals that went to it keep naming it). */
    void remove(ServiceEditor editor, PartnerServiceId id, int expectedVersion);

    /** A service, removed or not (a referral names the service it went to even after it is removed). */
    Optional<PartnerService> service(PartnerServiceId id);

    /** The services with these ids, removed or not, by id, in one query (unknown ids are left out). */
    Map<PartnerServiceId, PartnerService> services(java.util.Collection<PartnerServiceId> ids);

    /** The services (not removed) of an organisation, by type and city. */
    List<PartnerService> services(OrganisationId organisation);

    PartnerServicePage search(PartnerServiceQuery query);

    /** Places an office on the map (or takes it off, with null). Audited. */
    void placeOffice(OfficeId office, Coordinates coordinates, String actor);

    /** The offices placed on the map in a country, by office. */
    Map<OfficeId, Coordinates> officePlaces(String countryCode);

    /** Whether a demo (synthetic) service exists already: the demo loads its services once. */
    boolean anySynthetic();

    /** Adds a synthetic demo service (marked so), with a date of confirmation as given. */
    PartnerService addSynthetic(OrganisationId organisation, NewPartnerService service, java.time.LocalDate confirmedOn);
}
