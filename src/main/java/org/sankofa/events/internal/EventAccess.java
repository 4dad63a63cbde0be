package org.sankofa.events.internal;

import java.util.Collection;

import org.sankofa.events.EventStatus;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an event (docs/security.md, "Events"):
 * <ul>
 * <li>read: administrators, coordinators, M&amp;E officers and organisers every event; observers only the events that
 * were held (held or reported); nobody else;</li>
 * <li>create: organisers, naming their own organisation among the organisers, and administrators;</li>
 * <li>change (the event, its status): administrators every event; an organiser the events their organisation
 * organises.</li>
 * </ul>
 */
@Component
public class EventAccess {

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
