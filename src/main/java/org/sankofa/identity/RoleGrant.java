package org.sankofa.identity;

import java.io.Serializable;

/**
 * A role held with its scope: the country of a national coordinator, the community of a regional coordinator.
 * Case roles are scoped by the user's office, which the user record carries.
 */
public record RoleGrant(Role role, String scopeCountry, String scopeCommunity) implements Serializable {

    public static RoleGrant of(Role role) {
        return new RoleGrant(role, null, null);
    }
}
