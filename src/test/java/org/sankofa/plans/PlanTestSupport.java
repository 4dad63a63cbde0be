package org.sankofa.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorDraft;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanDraft;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.ValueEntry;
import org.sankofa.plans.internal.ValuePart;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SignIn;

/** Plans, indicators and users that the plans tests create for themselves (unique titles and usernames). */
final class PlanTestSupport {

    private PlanTestSupport() {
    }

    static CurrentUser user(UserAccounts users, String username) {
        return users.findByUsername(username).orElseThrow();
    }

    /** A new national coordinator of the country (a second person of the same scope). */
    static CurrentUser newNationalCoordinator(UserAccounts users, String country) {
        String username = SignIn.uniqueUsername("coord-" + country.toLowerCase());
        SignIn.createUser(users, username, DemoUsers.PASSWORD, new RoleGrant(Role.NATIONAL_COORDINATOR, country, null));
        return user(users, username);
    }

    static PlanDraft national(String country, String title, PlanStatus status) {
        return new PlanDraft(title, PlanScope.NATIONAL, status, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31),
                null, null, null, null, null, null, null, null, null, null, List.of(country), List.of(), List.of(),
                List.of());
    }

    static PlanDraft supersedingNational(String country, String title, PlanStatus status, long older) {
        PlanDraft d = national(country, title, status);
        return new PlanDraft(d.title(), d.scope(), d.status(), d.periodStart(), d.periodEnd(), null, null, null, null,
                null, older, null, null, null, null, d.countries(), d.communities(), d.partners(), d.documents());
    }

    static PlanDraft regional(String community, String title) {
        return new PlanDraft(title, PlanScope.REGIONAL, PlanStatus.IN_FORCE, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), null, null, null, null, null, null, null, null, null, null, List.of(),
                List.of(community), List.of(), List.of());
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Plan malianPlan(Plans plans, CurrentUser coordinator) {
        return plans.create(national("ML", unique("Test plan Mali"), PlanStatus.IN_FORCE), coordinator);
    }

    static Indicator indicator(Indicators indicators, long planId, Measure measure, List<Disaggregation> by,
            CurrentUser user) {
        return indicators.create(PlanId.of(planId), new IndicatorDraft(null, null, "T-1", unique("Test indicator"), measure,
                Direction.HIGHER_IS_BETTER, null, null, null, null, by, IndicatorSource.MANUAL, null,
                List.of("SDG 16.2.2")), user);
    }

    static ValueEntry number(String period, int value, List<ValuePart> parts) {
        return new ValueEntry(period, BigDecimal.valueOf(value), null, null, null, null, "register", null, parts,
                null);
    }

    static ValuePart part(Disaggregation d, String category, int value) {
        return new ValuePart(d, category, BigDecimal.valueOf(value));
    }
}
