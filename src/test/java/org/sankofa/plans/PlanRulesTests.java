package org.sankofa.plans;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.ProgressReport;
import org.sankofa.plans.internal.ProgressReports;
import org.sankofa.plans.internal.FourEyesRefusal;
import org.sankofa.plans.internal.Scorecard;
import org.sankofa.plans.internal.Scorecards;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.plans.internal.ValueEntry;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.web.Decision;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sankofa.plans.PlanTestSupport.*;

/** The rules of plans: scopes, succession, value validation, locks, and the report workflow with four eyes. */
@SankofaTest
class PlanRulesTests {

    @Autowired
    Plans plans;
    @Autowired
    Indicators indicators;
    @Autowired
    ProgressReports reports;
    @Autowired
    Scorecards scorecards;
    @Autowired
    UserAccounts users;

    @Autowired
    StrategicAreas strategicAreas;
    @Autowired
    JdbcClient jdbc;

    CurrentUser mali() {
        return user(users, "coordinator.mali");
    }

    // ---- scopes

    @Test
    void aNationalCoordinatorEditsTheirCountrysPlanButNotACommunitysPlanNorAnotherCountrys() {
        CurrentUser ecowas = user(users, "coordinator.ecowas");
        Plan regional = plans.create(regional("ECOWAS", unique("ECOWAS test plan")), ecowas);
        Plan mali = malianPlan(plans, mali());

        assertThat(strategicAreas.addArea(mali.planId(), "Prevention", Pillar.PREVENTION, null, mali())).isPositive();
        assertThatThrownBy(() -> strategicAreas.addArea(regional.planId(), "Prevention", Pillar.PREVENTION, null, mali()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.create(national("SN", unique("Senegal plan"), PlanStatus.DRAFT), mali()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.update(mali.planId(), mali.version(), national("SN", mali.title(),
                PlanStatus.IN_FORCE), mali())).as("moving a plan out of one's scope").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRegionalCoordinatorEditsThePlansOfTheirCommunityIncludingBiRegionalOnesButNotNationalPlans() {
        CurrentUser ecowas = user(users, "coordinator.ecowas");
        Plan regional = plans.create(regional("ECOWAS", unique("ECOWAS plan")), ecowas);
        assertThat(strategicAreas.addArea(regional.planId(), "Protection", Pillar.PROTECTION, null, ecowas)).isPositive();
        Plan mali = malianPlan(plans, mali());
        assertThatThrownBy(() -> strategicAreas.addArea(mali.planId(), "x", Pillar.OTHER, null, ecowas))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.create(regional("ECCAS", unique("ECCAS plan")), ecowas))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anMeOfficerEntersValuesForAnyPlanButCannotEditThePlan() {
        CurrentUser mne = user(users, "mne");
        Plan mali = malianPlan(plans, mali());
        Indicator indicator = indicator(indicators, mali.id(), Measure.NUMBER, List.of(), mali());
        assertThat(indicators.enter(indicator.id(), number("2025Q1", 3, List.of()), mne).value())
                .isEqualByComparingTo("3");
        assertThatThrownBy(() -> strategicAreas.addArea(mali.planId(), "x", Pillar.OTHER, null, mne))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.enter(indicator.id(), number("2025Q2", 3, List.of()),
                user(users, "observer"))).as("an observer only reads").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void partiesMustFitTheScope() {
        assertThatThrownBy(() -> plans.create(regional("NOPE", unique("x")), user(users, "admin")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("communities"));
        var twoCountries = new org.sankofa.plans.internal.PlanDraft(unique("x"), PlanScope.NATIONAL,
                PlanStatus.DRAFT, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of("ML", "SN"), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> plans.create(twoCountries, user(users, "admin")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("parties", "plan.party.national"));
    }

    // ---- succession

    @Test
    void aPlanThatTakesEffectMarksThePlanItSupersedesSuperseded() {
        Plan older = malianPlan(plans, mali());
        Plan newer = plans.create(supersedingNational("ML", unique("Newer plan"), PlanStatus.ADOPTED, older.id()),
                mali());
        assertThat(plans.require(older.planId()).status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(plans.require(older.planId()).supersededById()).isEqualTo(newer.id());
        assertThat(newer.supersedesId()).isEqualTo(older.id());
    }

    @Test
    void aDraftSuccessorLeavesThePlanInForceUntilItIsAdopted() {
        Plan older = malianPlan(plans, mali());
        Plan draft = plans.create(supersedingNational("ML", unique("Draft successor"), PlanStatus.DRAFT, older.id()),
                mali());
        assertThat(plans.require(older.planId()).status()).isEqualTo(PlanStatus.IN_FORCE);

        plans.update(draft.planId(), draft.version(),
                supersedingNational("ML", draft.title(), PlanStatus.IN_FORCE, older.id()), mali());
        assertThat(plans.require(older.planId()).status()).isEqualTo(PlanStatus.SUPERSEDED);
    }

    @Test
    void anExpiredPlanStaysExpiredWhenASuccessorTakesOver() {
        Plan expired = plans.create(national("ML", unique("Expired plan"), PlanStatus.EXPIRED), mali());
        plans.create(supersedingNational("ML", unique("Successor"), PlanStatus.IN_FORCE, expired.id()), mali());
        assertThat(plans.require(expired.planId()).status()).isEqualTo(PlanStatus.EXPIRED);
    }

    @Test
    void aPlanIsSupersededByOnePlanOnlyAndSuccessionNeverLoops() {
        Plan a = malianPlan(plans, mali());
        Plan b = plans.create(supersedingNational("ML", unique("B"), PlanStatus.DRAFT, a.id()), mali());
        assertThatThrownBy(() -> plans.create(supersedingNational("ML", unique("C"), PlanStatus.DRAFT, a.id()),
                mali())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("supersedes", "plan.supersedes.taken"));
        Plan current = plans.require(a.planId());
        assertThatThrownBy(() -> plans.update(a.planId(), current.version(),
                supersedingNational("ML", a.title(), PlanStatus.IN_FORCE, b.id()), mali()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("supersedes", "plan.supersedes.loop"));
    }

    @Test
    void theDemoMaliPlanOf2023SupersedesThe2018PlanWhichStaysExpired() {
        long newer = jdbc.sql("select id from action_plan where title like 'National Action Plan%2023–2027 (Mali)'")
                .query(Long.class).single();
        Plan plan = plans.require(PlanId.of(newer));
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_FORCE);
        assertThat(plan.launchedPlace()).isEqualTo("Bamako");
        assertThat(plans.require(PlanId.of(plan.supersedesId())).status()).isEqualTo(PlanStatus.EXPIRED);
        assertThat(strategicAreas.of(PlanId.of(newer))).extracting(a -> a.pillar()).containsExactly(Pillar.PREVENTION,
                Pillar.PROTECTION, Pillar.PROSECUTION, Pillar.PARTNERSHIP);
        assertThat(indicators.valuesOfPlan(PlanId.of(newer))).filteredOn(v -> v.enteredBy().equals("demo-loader"))
                .isNotEmpty().allMatch(v -> v.synthetic());
    }

    // ---- optimistic locking

    @Test
    void aStaleVersionIsRefusedWithAClearMessage() {
        Plan plan = malianPlan(plans, mali());
        plans.update(plan.planId(), plan.version(), national("ML", plan.title() + " (rev)", PlanStatus.IN_FORCE), mali());
        assertThatThrownBy(() -> plans.update(plan.planId(), plan.version(), national("ML", plan.title(),
                PlanStatus.IN_FORCE), mali())).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.stale"));
    }

    @Test
    void onlyADraftPlanCanBeDeleted() {
        Plan inForce = malianPlan(plans, mali());
        assertThatThrownBy(() -> plans.delete(inForce.planId(), inForce.version(), mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.delete.notDraft"));
        Plan draft = plans.create(national("ML", unique("Draft"), PlanStatus.DRAFT), mali());
        plans.delete(draft.planId(), draft.version(), mali());
        assertThat(plans.plan(draft.planId())).isEmpty();
    }

    // ---- values

    @Test
    void disaggregatedPartsMustSumToTheTotal() {
        Plan plan = malianPlan(plans, mali());
        Indicator indicator = indicator(indicators, plan.id(), Measure.NUMBER, List.of(Disaggregation.SEX), mali());
        assertThatThrownBy(() -> indicators.enter(indicator.id(), number("2025Q1", 10,
                List.of(part(Disaggregation.SEX, "FEMALE", 6), part(Disaggregation.SEX, "MALE", 3))), mali()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("parts", "plan.value.parts.sum"));
        assertThatThrownBy(() -> indicators.enter(indicator.id(), number("2025Q1", 10,
                List.of(part(Disaggregation.AGE_GROUP, "CHILD", 10))), mali()))
                .as("a breakdown the indicator does not have").isInstanceOf(InvalidInputException.class);
        var saved = indicators.enter(indicator.id(), number("2025Q1", 10,
                List.of(part(Disaggregation.SEX, "FEMALE", 6), part(Disaggregation.SEX, "MALE", 4))), mali());
        assertThat(saved.parts()).hasSize(2);
    }

    @Test
    void aPercentLiesBetweenZeroAndAHundredAndARatioHasAPositiveDenominator() {
        Plan plan = malianPlan(plans, mali());
        Indicator percent = indicator(indicators, plan.id(), Measure.PERCENT, List.of(), mali());
        Indicator ratio = indicator(indicators, plan.id(), Measure.RATIO, List.of(), mali());
        assertThatThrownBy(() -> indicators.enter(percent.id(), new ValueEntry("2025", new BigDecimal("100.5"), null,
                null, null, null, null, null, List.of(), null), mali()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("value", "plan.value.percent.range"));
        assertThatThrownBy(() -> indicators.enter(percent.id(), new ValueEntry("2025", new BigDecimal("-1"), null,
                null, null, null, null, null, List.of(), null), mali())).isInstanceOf(InvalidInputException.class);
        assertThat(indicators.enter(percent.id(), new ValueEntry("2025", null, new BigDecimal("3"),
                new BigDecimal("4"), null, null, null, null, List.of(), null), mali()).value())
                .isEqualByComparingTo("75");
        assertThatThrownBy(() -> indicators.enter(ratio.id(), new ValueEntry("2025", null, BigDecimal.ONE,
                BigDecimal.ZERO, null, null, null, null, List.of(), null), mali()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("denominator", "plan.value.denominator.positive"));
        assertThat(indicators.enter(ratio.id(), new ValueEntry("2025", null, BigDecimal.ONE, new BigDecimal("4"),
                null, null, null, null, List.of(), null), mali()).value()).isEqualByComparingTo("0.25");
    }

    @Test
    void aMalformedPeriodIsRefusedOnThePeriodField() {
        Plan plan = malianPlan(plans, mali());
        Indicator indicator = indicator(indicators, plan.id(), Measure.NUMBER, List.of(), mali());
        for (String period : List.of("2025Q5", "2025-09", "25", "")) {
            assertThatThrownBy(() -> indicators.enter(indicator.id(), number(period, 1, List.of()), mali()))
                    .as(period).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("period", "plan.period.invalid"));
        }
    }

    @Test
    void changingAValueNeedsTheVersionRead() {
        Plan plan = malianPlan(plans, mali());
        Indicator indicator = indicator(indicators, plan.id(), Measure.NUMBER, List.of(), mali());
        var first = indicators.enter(indicator.id(), number("2025Q1", 1, List.of()), mali());
        assertThatThrownBy(() -> indicators.enter(indicator.id(), number("2025Q1", 2, List.of()), mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.value.exists"));
        ValueEntry change = new ValueEntry("2025Q1", BigDecimal.valueOf(2), null, null, null, null, null, null, List.of(),
                first.version());
        assertThat(indicators.enter(indicator.id(), change, mali()).value()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> indicators.enter(indicator.id(), change, mali()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.stale"));
    }

    // ---- reports and locks

    @Test
    void approvalByAnotherCoordinatorOfTheScopeLocksTheValuesOfThePeriodAndOnlyThatPeriod() {
        Plan plan = malianPlan(plans, mali());
        Indicator indicator = indicator(indicators, plan.id(), Measure.NUMBER, List.of(), mali());
        var q3 = indicators.enter(indicator.id(), number("2025Q3", 5, List.of()), mali());
        ProgressReport report = reports.create(plan.planId(), "2025Q3", mali());
        report = reports.submit(report.id(), report.version(), mali());
        CurrentUser second = newNationalCoordinator(users, "ML");
        ProgressReport approved = reports.approve(report.id(), Decision.none(), second);
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(second.getUsername());

        ValueEntry change = new ValueEntry("2025Q3", BigDecimal.TEN, null, null, null, null, null, null, List.of(),
                q3.version());
        assertThatThrownBy(() -> indicators.enter(indicator.id(), change, user(users, "admin")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.value.locked"));
        assertThatThrownBy(() -> indicators.enter(indicator.id(), number("202508", 1, List.of()), mali()))
                .as("a month within the locked quarter").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> indicators.enter(indicator.id(), number("2025", 1, List.of()), mali()))
                .as("the year that contains the locked quarter").isInstanceOf(ConflictException.class);
        assertThat(indicators.enter(indicator.id(), number("2025Q4", 7, List.of()), mali()).locked()).isFalse();
        assertThat(indicators.values(indicator.id())).filteredOn(v -> v.period().equals("2025Q3"))
                .allMatch(v -> v.locked());

        Scorecard card = scorecards.of(plan.planId());
        assertThat(card.lockedPeriods()).containsExactly("2025Q3");
    }

    @Test
    void theSubmitterCannotApproveTheirOwnReport() {
        Plan plan = malianPlan(plans, mali());
        ProgressReport report = reports.create(plan.planId(), "2025", mali());
        ProgressReport submitted = reports.submit(report.id(), report.version(), mali());
        assertThatThrownBy(() -> reports.approve(submitted.id(), Decision.none(), mali()))
                .isInstanceOf(FourEyesRefusal.class);
        assertThat(reports.require(report.id()).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aCoordinatorOfAnotherScopeAndAnMeOfficerCannotApprove() {
        Plan plan = malianPlan(plans, mali());
        ProgressReport report = reports.create(plan.planId(), "2025S1", user(users, "mne"));
        ProgressReport submitted = reports.submit(report.id(), report.version(), user(users, "mne"));
        assertThatThrownBy(() -> reports.approve(submitted.id(), Decision.none(),
                user(users, "coordinator.ecowas"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.approve(submitted.id(), Decision.none(),
                newNationalCoordinator(users, "SN"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.approve(submitted.id(), Decision.none(), user(users, "mne")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports.approve(submitted.id(), Decision.none(), mali()).status())
                .as("a coordinator of the plan's country who did not submit it").isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void theReportWorkflowGoesDraftSubmittedApprovedLockedAndNarrativesChangeOnlyInDraft() {
        Plan plan = malianPlan(plans, mali());
        long area = strategicAreas.addArea(plan.planId(), "Protection", Pillar.PROTECTION, null, mali());
        ProgressReport report = reports.create(plan.planId(), "2024", mali());
        assertThatThrownBy(() -> reports.create(plan.planId(), "2024", mali())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reports.create(plan.planId(), "2030", mali()))
                .as("outside the plan's period").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.approve(report.id(), Decision.none(), newNationalCoordinator(users, "ML")))
                .as("a draft cannot be approved").isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.report.wrongStatus"));
        ProgressReport saved = reports.saveNarratives(report.id(), report.version(), java.util.Map.of(area,
                "Shelters opened."), mali());
        assertThat(saved.narratives()).containsEntry(area, "Shelters opened.");
        ProgressReport submitted = reports.submit(saved.id(), saved.version(), mali());
        assertThatThrownBy(() -> reports.saveNarratives(submitted.id(), submitted.version(), java.util.Map.of(area,
                "x"), mali())).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.report.notDraft"));
        CurrentUser second = newNationalCoordinator(users, "ML");
        ProgressReport returned = reports.reject(submitted.id(), new Decision("  Add the figures of the north. "),
                second);
        assertThat(returned.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(returned.decisionNote()).isEqualTo("Add the figures of the north.");
        assertThatThrownBy(() -> reports.reject(submitted.id(), Decision.none(), second))
                .as("a report already decided").isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.report.wrongStatus"));
        ProgressReport again = reports.submit(returned.id(), returned.version(), mali());
        ProgressReport approved = reports.approve(again.id(), Decision.none(), second);
        ProgressReport locked = reports.lock(approved.id(), approved.version(), second);
        assertThat(locked.status()).isEqualTo(ReportStatus.LOCKED);
        assertThat(indicators.locked(plan.planId(), IsoPeriod.parse("2024Q2").orElseThrow())).isTrue();
    }
}
