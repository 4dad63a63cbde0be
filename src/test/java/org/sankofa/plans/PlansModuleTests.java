package org.sankofa.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.plans.events.PlanAdopted;
import org.sankofa.plans.events.ProgressReportApproved;
import org.sankofa.plans.internal.FourEyesRefusal;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanDraft;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.ProgressReport;
import org.sankofa.plans.internal.ProgressReports;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.web.Decision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plans module on its own (with the modules it depends on): the events it publishes for other modules, and some
 * of its own rules, through its services. The demo plans need the demo world's organisations, which the modules
 * plans depends on do not load: demo mode is off here (so the cases module needs keys: public test keys, never
 * used for data), and the tests make what they need.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = { "sankofa.demo=false",
        "sankofa.encryption.keys.test=cGxhbnMtbW9kdWxlLXRlc3RzLWtleS1OT1QtU0VDUlQ=",
        "sankofa.encryption.index-key=cGxhbnMtbW9kdWxlLXRlc3RzLWlkeC1OT1QtU0VDUlQ=",
        "sankofa.audit.keys.test=YXVkaXQta2V5LW9mLXRoZS10ZXN0cy1OT1QtU0VDUlQ=" })
class PlansModuleTests {

    @Autowired
    Plans plans;

    @Autowired
    ProgressReports reports;

    @Test
    void planAdoptedIsPublishedOnceWhenAPlanBecomesAdoptedWithItsDayOfAdoption(AssertablePublishedEvents events) {
        CurrentUser admin = administrator();
        String title = unique("Module plan");
        Plan draft = plans.create(national(title, PlanStatus.DRAFT, null), admin);
        assertThat(events.ofType(PlanAdopted.class)).isEmpty();

        LocalDate adoptedOn = LocalDate.of(2024, 3, 8);
        plans.update(draft.planId(), draft.version(), national(title, PlanStatus.ADOPTED, adoptedOn), admin);
        Plan inForce = plans.require(draft.planId());
        plans.update(draft.planId(), inForce.version(), national(title + " (in force)", PlanStatus.IN_FORCE,
                adoptedOn), admin);

        assertThat(events).contains(PlanAdopted.class)
                .matching(PlanAdopted::planId, draft.planId())
                .matching(PlanAdopted::scope, "NATIONAL")
                .matching(PlanAdopted::adoptedOn, adoptedOn);
        assertThat(events.ofType(PlanAdopted.class).matching(PlanAdopted::planId, draft.planId())).hasSize(1);
        assertThat(events.ofType(PlanAdopted.class).matching(PlanAdopted::planId, draft.planId()))
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain(title).doesNotContain(admin.getUsername()));
    }

    @Test
    void aPlanCreatedInForcePublishesPlanAdoptedOnlyWithItsDayOfAdoption(AssertablePublishedEvents events) {
        CurrentUser admin = administrator();
        Plan undated = plans.create(national(unique("Undated plan"), PlanStatus.IN_FORCE, null), admin);
        Plan dated = plans.create(national(unique("Dated plan"), PlanStatus.IN_FORCE, LocalDate.of(2023, 10, 19)),
                admin);

        assertThat(events.ofType(PlanAdopted.class).matching(PlanAdopted::planId, undated.planId())).isEmpty();
        assertThat(events).contains(PlanAdopted.class).matching(PlanAdopted::planId, dated.planId());
    }

    @Test
    void progressReportApprovedIsPublishedByTheApprovalOfAnotherPerson(AssertablePublishedEvents events) {
        CurrentUser author = administrator();
        CurrentUser approver = administrator();
        Plan plan = plans.create(national(unique("Reported plan"), PlanStatus.IN_FORCE, null), author);
        ProgressReport report = reports.create(plan.planId(), "2024", author);
        report = reports.submit(report.id(), report.version(), author);

        long reportId = report.id();
        int submitted = report.version();
        assertThatThrownBy(() -> reports.approve(reportId, Decision.none(), author)).isInstanceOf(FourEyesRefusal.class);
        assertThat(events.ofType(ProgressReportApproved.class).matching(ProgressReportApproved::reportId, reportId))
                .isEmpty();

        reports.approve(reportId, Decision.none(), approver);
        assertThat(events).contains(ProgressReportApproved.class)
                .matching(ProgressReportApproved::reportId, reportId)
                .matching(ProgressReportApproved::planId, plan.planId())
                .matching(ProgressReportApproved::period, "2024");
    }

    @Test
    void aPlanThatWasAdoptedStaysOnRecord() {
        CurrentUser admin = administrator();
        Plan adopted = plans.create(national(unique("Kept plan"), PlanStatus.ADOPTED, LocalDate.of(2022, 1, 1)),
                admin);

        assertThatThrownBy(() -> plans.delete(adopted.planId(), adopted.version(), admin))
                .isInstanceOf(ConflictException.class).hasMessageContaining("plan.delete.notDraft");
        assertThat(plans.plan(adopted.planId())).isPresent();
    }

    @Test
    void aNationalCoordinatorWritesOnlyThePlansOfTheirCountry() {
        CurrentUser malian = user(new RoleGrant(Role.NATIONAL_COORDINATOR, "ML", null));

        assertThat(plans.create(national(unique("Malian plan"), PlanStatus.DRAFT, null), malian).countries())
                .containsExactly("ML");
        PlanDraft senegalese = new PlanDraft(unique("Senegalese plan"), PlanScope.NATIONAL, PlanStatus.DRAFT, null,
                null, null, null, null, null, null, null, null, null, null, null, List.of("SN"), List.of(), List.of(),
                List.of());
        assertThatThrownBy(() -> plans.create(senegalese, malian)).isInstanceOf(AccessDeniedException.class);
    }

    private static PlanDraft national(String title, PlanStatus status, LocalDate adoptedOn) {
        return new PlanDraft(title, PlanScope.NATIONAL, status, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31),
                adoptedOn, null, null, null, null, null, null, null, null, null, List.of("ML"), List.of(), List.of(),
                List.of());
    }

    private static CurrentUser administrator() {
        return user(RoleGrant.of(Role.ADMINISTRATOR));
    }

    private static CurrentUser user(RoleGrant grant) {
        String username = unique("module-user").replace(' ', '-');
        return new CurrentUser(0, username, username, null, null, "en", Set.of(grant), true, false, false, null);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
