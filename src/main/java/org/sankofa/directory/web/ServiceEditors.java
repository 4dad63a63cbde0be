package org.sankofa.directory.web;

import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.ServiceEditor;
import org.sankofa.shared.OrganisationMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who edits partners' services, as the pages and the API see the person signed in: an administrator (every
 * organisation) or a partner (their own organisation). The scope itself is checked by the directory on every path.
 */
final class ServiceEditors {

    /** The roles that may open the forms; the organisation is checked by {@link ServiceEditor#mayEdit}. */
    static final String EDITORS = "hasAnyRole('ADMINISTRATOR','PARTNER')";

    private ServiceEditors() {
    }

    static ServiceEditor of(Authentication who) {
        boolean administrator = has(who, "ROLE_ADMINISTRATOR");
        Long organisation = has(who, "ROLE_PARTNER") && who.getPrincipal() instanceof OrganisationMember member
                ? member.organisationId() : null;
        return new ServiceEditor(who.getName(), organisation == null ? null : new OrganisationId(organisation),
                administrator);
    }

    private static boolean has(Authentication who, String authority) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
