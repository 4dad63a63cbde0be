package org.sankofa.legal.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.sankofa.directory.Communities;
import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may record statuses and laws of a country: administrators any country, a national coordinator the country of
 * their grant, a regional coordinator the countries that are members of their community today (a country that has
 * left the community is no longer theirs to edit).
 */
@Component
class LegalScopes {

    private final Communities communities;
    private final Countries countries;

    LegalScopes(Communities communities, Countries countries) {
        this.communities = communities;
        this.countries = countries;
    }

    /** The codes of the countries whose statuses and laws the user may record (none for a reader). */
    Set<String> editableCountries(CurrentUser user) {
        if (user == null) {
            return Set.of();
        }
        Set<String> codes = new TreeSet<>();
        for (RoleGrant grant : user.grants()) {
            if (Roles.ADMINISTRATOR_ROLES.contains(grant.role())) {
                return Set.copyOf(countries.codes());
            }
            if (grant.role() == Role.NATIONAL_COORDINATOR && grant.scopeCountry() != null) {
                codes.add(grant.scopeCountry());
            }
            if (grant.role() == Role.REGIONAL_COORDINATOR && grant.scopeCommunity() != null) {
                communities.members(grant.scopeCommunity(), LocalDate.now())
                        .forEach(m -> codes.add(m.countryCode()));
            }
        }
        return Set.copyOf(codes);
    }

    boolean mayEdit(CurrentUser user, String country) {
        return country != null && editableCountries(user).contains(country);
    }

    boolean mayManageInstruments(CurrentUser user) {
        return user != null && user.hasAnyRole(Roles.ADMINISTRATOR_ROLES);
    }
}
