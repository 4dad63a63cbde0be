package org.sankofa.directory;

/**
 * Who changes a partner's services: a person of a partner organisation edits that organisation's services only, an
 * administrator every organisation's. Built by the pages and the API from the person signed in.
 */
public record ServiceEditor(String username, OrganisationId organisationId, boolean administrator) {

    /** Whether this person may change the services of {@code organisation}. */
    public boolean mayEdit(OrganisationId organisation) {
        return administrator || (organisationId != null && organisationId.equals(organisation));
    }
}
