package org.sankofa.events.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.sankofa.directory.Communities;

import org.sankofa.events.EventStatus;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an event (docs/security.md, "Events"):
 * <ul>
 * <li>read: administrators, M&amp;E officers and organisers every event; a national coordinator the events held in
 * their country, a regional coordinator those held in the member countries of their community today (and both the
 * events whose country is not recorded, which belong to no country's scope); observers only the events that were held
 * (held or reported); nobody else. Participants' names never: only counts ({@link Participants});</li>
 * <li>create: organisers, naming their own organisation among the organisers, and administrators;</li>
 * <li>change (the event, its status): administrators every event; an organiser the events their organisation
 * organises.</li>
 * </ul>
 */
@Component
public class EventAccess {

    private final Communities communities;

    EventAccess(Communities communities) {
        this.communities = communities;
    }

    /**
     * The countries whose events the user reads, or null when their roles read events of every country
     * (administrators, organisers, M&amp;E officers — whose grants carry no scope and who report on every plan —, and
     * observers). Coordinators: their country, or their community's members today.
     */
    public Set<String> countries(CurrentUser user) {
        if (user == null) {
            return Set.of();
        }
        if (user.hasAnyRole(Set.of(Role.ADMINISTRATOR, Role.EVENT_ORGANISER, Role.ME_OFFICER, Role.OBSERVER))) {
            return null;
        }
        Set<String> codes = new TreeSet<>();
        for (RoleGrant grant : user.grants()) {
            if (grant.role() == Role.NATIONAL_COORDINATOR && grant.scopeCountry() != null) {
                codes.add(grant.scopeCountry());
            }
            if (grant.role() == Role.REGIONAL_COORDINATOR && grant.scopeCommunity() != null) {
                communities.members(grant.scopeCommunity(), LocalDate.now(ZoneOffset.UTC))
                        .forEach(m -> codes.add(m.countryCode()));
            }
        }
        return codes;
    }

    /** Whether an event held in {@code country} (null: not recorded) lies in the user's scope. */
    public boolean inScope(CurrentUser user, String country) {
        Set<String> codes = countries(user);
        return codes == null || country == null || codes.contains(country);
    }

    public boolean mayRead(CurrentUser user) {
        return user != null && user.hasAnyRole(Roles.EVENT_READER_ROLES);
    }

    /** Whether the user reads only held events (observers, unless they hold a wider role too). */
    public boolean heldOnly(CurrentUser user) {
        return user != null && user.hasRole(Role.OBSERVER) && !user.hasAnyRole(Roles.EVENT_READER_ROLES.stream()
                .filter(r -> r != Role.OBSERVER).collect(java.util.stream.Collectors.toSet()));
    }

    public boolean canRead(CurrentUser user, EventStatus status) {
        return mayRead(user) && (!heldOnly(user) || status.held());
    }

    public boolean mayCreate(CurrentUser user) {
        return user != null && user.hasAnyRole(Roles.EVENT_ORGANISER_ROLES);
    }

    /** Whether the user manages an event organised by these organisations. */
    public boolean canManage(CurrentUser user, Collection<Long> organisers) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        return user.hasRole(Role.EVENT_ORGANISER) && user.organisationId() != null
                && organisers.contains(user.organisationId());
    }

    /** The organisation whose events the user manages, or null for an administrator (every event) or nobody. */
    public Long organisationOf(CurrentUser user) {
        if (user == null || user.hasRole(Role.ADMINISTRATOR) || !user.hasRole(Role.EVENT_ORGANISER)) {
            return null;
        }
        return user.organisationId();
    }
}
