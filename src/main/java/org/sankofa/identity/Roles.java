package org.sankofa.identity;

import java.util.Set;

/**
 * Who may do what, named once: the groups of roles that pages, the API ({@code @PreAuthorize}) and the services
 * check. Each group is written twice — as the security expression annotations need (a constant) and as a set of
 * {@link Role}s for code — and {@code RolesTests} checks that the two always name the same roles.
 */
public final class Roles {

    /** Case workers and supervisors: the office staff who work on victims' cases. */
    public static final String CASE_STAFF = "hasAnyRole('CASE_WORKER','CASE_SUPERVISOR')";
    public static final Set<Role> CASE_STAFF_ROLES = Set.of(Role.CASE_WORKER, Role.CASE_SUPERVISOR);

    /** The case staff, and partners for what their referrals share. */
    public static final String CASE_READERS = "hasAnyRole('CASE_WORKER','CASE_SUPERVISOR','PARTNER')";
    public static final Set<Role> CASE_READER_ROLES = Set.of(Role.CASE_WORKER, Role.CASE_SUPERVISOR, Role.PARTNER);

    /** Case supervisors: the second pair of eyes on best-interests decisions, closures and transfers. */
    public static final String SUPERVISORS = "hasRole('CASE_SUPERVISOR')";
    public static final Set<Role> SUPERVISOR_ROLES = Set.of(Role.CASE_SUPERVISOR);

    /** Partner service providers (NGOs) answering the referrals sent to their organisation. */
    public static final String PARTNERS = "hasRole('PARTNER')";
    public static final Set<Role> PARTNER_ROLES = Set.of(Role.PARTNER);

    /** Administrators: users, organisations, offices and reference data. */
    public static final String ADMINISTRATORS = "hasRole('ADMINISTRATOR')";
    public static final Set<Role> ADMINISTRATOR_ROLES = Set.of(Role.ADMINISTRATOR);

    /** Who edit plans and legal facts within their country or community scope, and approve progress reports. */
    public static final String COORDINATORS = "hasAnyRole('ADMINISTRATOR','NATIONAL_COORDINATOR','REGIONAL_COORDINATOR')";
    public static final Set<Role> COORDINATOR_ROLES = Set.of(Role.ADMINISTRATOR, Role.NATIONAL_COORDINATOR,
            Role.REGIONAL_COORDINATOR);

    /** The coordinators and M&E officers: who record indicator values and write progress reports. */
    public static final String REPORTERS = "hasAnyRole('ADMINISTRATOR','NATIONAL_COORDINATOR','REGIONAL_COORDINATOR',"
            + "'ME_OFFICER')";
    public static final Set<Role> REPORTER_ROLES = Set.of(Role.ADMINISTRATOR, Role.NATIONAL_COORDINATOR,
            Role.REGIONAL_COORDINATOR, Role.ME_OFFICER);

    /** Who read events and their figures: the plans' people and organisers; observers only held events. */
    public static final String EVENT_READERS = "hasAnyRole('ADMINISTRATOR','NATIONAL_COORDINATOR',"
            + "'REGIONAL_COORDINATOR','ME_OFFICER','EVENT_ORGANISER','OBSERVER')";
    public static final Set<Role> EVENT_READER_ROLES = Set.of(Role.ADMINISTRATOR, Role.NATIONAL_COORDINATOR,
            Role.REGIONAL_COORDINATOR, Role.ME_OFFICER, Role.EVENT_ORGANISER, Role.OBSERVER);

    /** Who create and manage events: organisers (their organisation's events) and administrators (every event). */
    public static final String EVENT_ORGANISERS = "hasAnyRole('ADMINISTRATOR','EVENT_ORGANISER')";
    public static final Set<Role> EVENT_ORGANISER_ROLES = Set.of(Role.ADMINISTRATOR, Role.EVENT_ORGANISER);

    private Roles() {
    }
}
