package org.sankofa.directory;

import java.util.List;
import java.util.Optional;

/** What other modules read from and add to the directory. */
public interface Directory {

    Organisation create(NewOrganisation organisation, String actor);

    Office create(NewOffice office, String actor);

    Optional<Organisation> organisation(OrganisationId id);

    Optional<Office> office(OfficeId id);

    Optional<Office> officeByCode(String code);

    List<Office> offices(OrganisationId organisationId);

    /** Every organisation, by name (for choosing one in a form). */
    List<Organisation> organisations();

    /** The codes of the regional communities (e.g. {@code ECOWAS}), in alphabetical order. */
    List<String> communityCodes();
}
