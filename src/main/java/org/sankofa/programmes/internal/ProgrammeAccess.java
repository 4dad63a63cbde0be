package org.sankofa.programmes.internal;

import java.util.Collection;
import java.util.Set;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a programme (docs/security.md, "Programmes"):
 * <ul>
 * <li>read (the programme, its targets, progress and donor reports — aggregates only): administrators, coordinators,
 * M&amp;E officers, organisers and case staff every programme; an observer (donor) only the programmes their
 * organisation funds; partners none;</li>
 * <li>create: administrators, and the editing roles (coordinators, M&amp;E officers, organisers) naming their own
 * organisation among the implementers;</li>
 * <li>change (the programme, its targets, a report's narrative): administrators every programme; the editing roles
 * the programmes their organisation implements;</li>
 * <li>enrol a case: case workers and supervisors, for a case they may change (cases' own check).</li>
 * </ul>
 */
@Component
public class ProgrammeAccess {

    /** The roles that read programmes (partners do not). */
    public static final String READERS = "hasAnyRole('ADMINISTRATOR','NATIONAL_COORDINATOR','REGIONAL_COORDINATOR',"
            + "'ME_OFFICER','EVENT_ORGANISER','OBSERVER','CASE_WORKER','CASE_SUPERVISOR')";
    /** The roles that may create and change programmes (their organisation's, administrators every one). */
    public static final String EDITORS = "hasAnyRole('ADMINISTRATOR','NATIONAL_COORDINATOR','REGIONAL_COORDINATOR',"
            + "'ME_OFFICER','EVENT_ORGANISER')";
    /** The roles that enrol cases. */
    public static final String ENROLLERS = "hasAnyRole('CASE_WORKER','CASE_SUPERVISOR')";

    static final Set<Role> READER_ROLES = Set.of(Role.ADMINISTRATOR, Role.NATIONAL_COORDINATOR,
            Role.REGIONAL_COORDINATOR, Role.ME_OFFICER, Role.EVENT_ORGANISER, Role.OBSERVER, Role.CASE_WORKER,
            Role.CASE_SUPERVISOR);
    static final Set<Role> EDITOR_ROLES = Set.of(Role.NATIONAL_COORDINATOR, Role.REGIONAL_COORDINATOR,
            Role.ME_OFFICER, Role.EVENT_ORGANISER);

    public boolean mayRead(CurrentUser user) {
        return user != null && user.hasAnyRole(READER_ROLES);
    }

    /**
     * The organisation whose funded programmes are all the user reads (an observer who holds no wider role), or
     * null when the user reads every programme. An observer without an organisation reads none (-1).
     */
    public Long donorOnly(CurrentUser user) {
        if (user == null || !user.hasRole(Role.OBSERVER)) {
            return null;
        }
        boolean wider = user.roles().stream().anyMatch(r -> r != Role.OBSERVER && READER_ROLES.contains(r));
        if (wider) {
            return null;
        }
        return user.organisationId() == null ? -1L : user.organisationId();
    }

    public boolean canRead(CurrentUser user, Collection<Long> donors) {
        if (!mayRead(user)) {
            return false;
        }
        Long donor = donorOnly(user);
        return donor == null || donors.contains(donor);
    }

    public boolean mayCreate(CurrentUser user) {
        return user != null && (user.hasRole(Role.ADMINISTRATOR)
                || user.hasAnyRole(EDITOR_ROLES) && user.organisationId() != null);
    }

    /** Whether the user changes a programme implemented by these organisations. */
    public boolean canEdit(CurrentUser user, Collection<Long> implementers) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        return user.hasAnyRole(EDITOR_ROLES) && user.organisationId() != null
                && implementers.contains(user.organisationId());
    }

    public boolean mayEnrol(CurrentUser user) {
        return user != null && user.hasAnyRole(Role.CASE_WORKER, Role.CASE_SUPERVISOR);
    }
}
