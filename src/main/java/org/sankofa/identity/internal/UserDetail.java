package org.sankofa.identity.internal;

import java.util.Set;

import org.sankofa.identity.RoleGrant;

/** An account as an administrator sees it: everything but its secrets, with its failed sign-ins since the last one. */
public record UserDetail(long id, String username, String displayName, String email, Long organisationId,
        Long officeId, String locale, boolean enabled, SignInFailures failedSignIns, boolean totpEnabled, int version,
        Set<RoleGrant> grants) {

    public boolean hasRole(org.sankofa.identity.Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** The scope of a role held, e.g. the country of a national coordinator; null when none. */
    public String scopeCountry() {
        return grants.stream().map(RoleGrant::scopeCountry).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public String scopeCommunity() {
        return grants.stream().map(RoleGrant::scopeCommunity).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }
}
