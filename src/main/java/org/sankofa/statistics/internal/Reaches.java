package org.sankofa.statistics.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

import org.sankofa.directory.Communities;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Membership;
import org.sankofa.directory.OfficeId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The {@link Reach} of a person (docs/security.md, "Statistics"): case workers and supervisors count their office's
 * cases exactly; a national coordinator the persons identified in their country, a regional coordinator in the
 * member countries of their community on the last day of the span; M&E officers, observers, event organisers and
 * administrators every country — all of these with small cells suppressed. A partner sees no statistics.
 */
@Component
public class Reaches {

    /** Who may open the statistics. */
    public static final String READERS = "hasAnyRole('CASE_WORKER','CASE_SUPERVISOR','NATIONAL_COORDINATOR',"
            + "'REGIONAL_COORDINATOR','ME_OFFICER','OBSERVER','EVENT_ORGANISER','ADMINISTRATOR')";

    private final Directory directory;
    private final Communities communities;

    Reaches(Directory directory, Communities communities) {
        this.directory = directory;
        this.communities = communities;
    }

    /** The reach of this person for a span ending in {@code toYear}. */
    public Reach of(CurrentUser user, int toYear) {
        if (user.hasAnyRole(Role.CASE_WORKER, Role.CASE_SUPERVISOR) && user.officeId() != null) {
            String code = directory.offices(Set.of(new OfficeId(user.officeId()))).values().stream()
                    .map(o -> o.code()).findFirst().orElse("");
            return new Reach(null, user.officeId(), true, code);
        }
        Set<String> countries = new TreeSet<>();
        boolean coordinator = false;
        for (RoleGrant grant : user.grants()) {
            // a coordinator without a scope, or whose community had no members that year, counts nobody: not a 403
            if (grant.role() == Role.NATIONAL_COORDINATOR) {
                coordinator = true;
                if (grant.scopeCountry() != null) {
                    countries.add(grant.scopeCountry());
                }
            }
            if (grant.role() == Role.REGIONAL_COORDINATOR) {
                coordinator = true;
                if (grant.scopeCommunity() != null) {
                    communities.members(grant.scopeCommunity(), lastDay(toYear)).stream()
                            .map(Membership::countryCode).forEach(countries::add);
                }
            }
        }
        if (coordinator && !user.hasAnyRole(Role.ME_OFFICER, Role.OBSERVER, Role.ADMINISTRATOR)) {
            return new Reach(countries, null, false, String.join(", ", countries));
        }
        if (user.hasAnyRole(Role.ME_OFFICER, Role.OBSERVER, Role.EVENT_ORGANISER, Role.ADMINISTRATOR)) {
            return new Reach(null, null, false, "");
        }
        throw new AccessDeniedException("no statistics for this role");
    }

    /** The last day of the year, or today when the year is not over: the day community membership is taken on. */
    private static LocalDate lastDay(int year) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }
}
