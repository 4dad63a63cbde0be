package org.sankofa.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.sankofa.shared.OrganisationMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person signed in, as the other modules see them: who, in which organisation and office, with which roles.
 * Other modules take it with {@code @AuthenticationPrincipal CurrentUser user}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, OrganisationMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Long organisationId;
    private final Long officeId;
    private final String locale;
    private final Set<RoleGrant> grants;
    private final boolean enabled;
    private final boolean locked;
    private final boolean totpEnabled;
    private String passwordHash;

    public CurrentUser(long id, String username, String displayName, Long organisationId, Long officeId,
            String locale, Set<RoleGrant> grants, boolean enabled, boolean locked, boolean totpEnabled,
            String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.officeId = officeId;
        this.locale = locale;
        this.grants = Set.copyOf(grants);
        this.enabled = enabled;
        this.locked = locked;
        this.totpEnabled = totpEnabled;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long officeId() {
        return officeId;
    }

    public String locale() {
        return locale;
    }

    public Set<RoleGrant> grants() {
        return grants;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person holds one of the roles of a group of {@link Roles} (e.g. {@link Roles#CASE_STAFF_ROLES}). */
    public boolean hasAnyRole(java.util.Set<Role> group) {
        return grants.stream().anyMatch(g -> group.contains(g.role()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream().map(g -> g.role().authority()).distinct().map(SimpleGrantedAuthority::new).toList();
    }

    public List<Role> roles() {
        return grants.stream().map(RoleGrant::role).distinct().sorted().toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + "]";
    }
}
