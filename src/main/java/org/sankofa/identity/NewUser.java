package org.sankofa.identity;

import java.util.Set;

/** What it takes to create a user account. The password is in clear here and hashed before it is stored. */
public record NewUser(String username, String displayName, String email, String password, Long organisationId,
        Long officeId, String locale, Set<RoleGrant> grants) {
}
