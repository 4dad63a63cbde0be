package org.sankofa.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules read from and add to the directory. Changes are checked (a
 * {@link org.sankofa.shared.InvalidInputException} names each wrong field, a {@link DuplicateValueException} a value
 * already used), audited with the names of the fields changed, and refused with
 * {@code ConflictException("error.stale")} when the version given is not the current one.
 */
public interface Directory {

    Organisation create(NewOrganisation organisation, String actor);

    Office create(NewOffice office, String actor);

    /** Changes an organisation if it is still at {@code expectedVersion}. */
    Organisation update(OrganisationId id, int expectedVersion, NewOrganisation changes, String actor);

    /** Changes an office (not the organisation it belongs to) if it is still at {@code expectedVersion}. */
    Office update(OfficeId id, int expectedVersion, NewOffice changes, String actor);

    Optional<Organisation> organisation(OrganisationId id);

    Optional<Office> office(OfficeId id);

    Optional<Office> officeByCode(String code);

    List<Office> offices(OrganisationId organisationId);

    /** Every office, by country and code (for choosing one in a form). */
    List<Office> offices();

    /** The offices with these ids, by id, in one query (unknown ids are left out): for lists that name offices. */
    Map<OfficeId, Office> offices(Collection<OfficeId> ids);

    /** The organisations with these ids, by id, in one query (unknown ids are left out). */
    Map<OrganisationId, Organisation> organisations(Collection<OrganisationId> ids);

    OrganisationPage search(OrganisationQuery query);

    /** Every organisation, by name (for choosing one in a form). */
    List<Organisation> organisations();

    /**
     * The partner organisations a case can be referred to: the NGOs, and any organisation that offers a service in
     * the partner network; split into those working in the country (based there, or with an office or a service
     * there) and the others, each by name.
     */
    Partners partners(String countryCode);

    /** The partner organisations of {@link #partners}: those working in the country, then the others. */
    record Partners(String countryCode, List<Organisation> inCountry, List<Organisation> elsewhere) {

        public Partners {
            inCountry = List.copyOf(inCountry);
            elsewhere = List.copyOf(elsewhere);
        }
    }

    /** The codes of the regional communities (e.g. {@code ECOWAS}), in alphabetical order. */
    List<String> communityCodes();
}
