package org.sankofa.identity.internal;

import java.util.List;

import org.sankofa.identity.Role;

/** One line of the list of accounts; organisation and office as ids. */
public record UserSummary(long id, String username, String displayName, Long organisationId, Long officeId,
        boolean enabled, boolean locked, boolean totpEnabled, List<Role> roles) {
}
