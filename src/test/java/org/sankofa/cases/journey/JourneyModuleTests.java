package org.sankofa.cases.journey;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.events.CaseTransferRejected;
import org.sankofa.cases.events.CaseTransferRequested;
import org.sankofa.cases.events.CaseTransferred;
import org.sankofa.cases.events.FollowUpRecorded;
import org.sankofa.cases.events.ReintegrationPlanned;
import org.sankofa.cases.events.ReturnCompleted;
import org.sankofa.cases.events.TracingAnswered;
import org.sankofa.cases.events.TracingRequested;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.followup.FollowUps;
import org.sankofa.cases.journey.internal.reintegration.Reintegration;
import org.sankofa.cases.journey.internal.reintegration.ReintegrationComponent;
import org.sankofa.cases.journey.internal.returns.ChecklistItem;
import org.sankofa.cases.journey.internal.returns.DocumentKind;
import org.sankofa.cases.journey.internal.returns.ReturnPlans;
import org.sankofa.cases.journey.internal.tracing.Tracing;
import org.sankofa.cases.journey.internal.tracing.TracingStatus;
import org.sankofa.cases.journey.internal.transfer.Transfers;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.web.Decision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The journey home on its own (with the modules it depends on, best interests among them, and the demo module for the
 * offices and people the tests work with — journey depends on it only by type, for its demo steps; no demo case is
 * loaded): the events its use cases publish for other modules, none carrying a name, and its listeners — the office
 * notices after the commit, the follow-up visits in the transaction of the arrival.
 */
@ApplicationModuleTest(module = "cases.journey", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = "demo")
@ActiveProfiles("test")
class JourneyModuleTests {

    @Autowired
    Tracing tracing;
    @Autowired
    Transfers transfers;
    @Autowired
    ReturnPlans returns;
    @Autowired
    Reintegration reintegration;
    @Autowired
    FollowUps followUps;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void tracingAndTransfersPublishWhoAskedWhomAndNeverAName(AssertablePublishedEvents events) {
        String family = "Journeyname" + System.nanoTime();
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Hawa", family);
        crossBorderConsent(caseId);

        long request = tracing.request(as("caseworker.dakar"), caseId, new Tracing.NewRequest(office("GN-CKY"),
                family + " family", "Kindia village", "Kindia", "Pular", null));
        tracing.recordOutcome(as("caseworker.conakry"), request, TracingStatus.FAMILY_FOUND,
                "The mother of " + family + " is willing");
        long transfer = transfers.request(as("supervisor.dakar"), caseId, office("GN-CKY"),
                "Family of " + family + " found");
        transfers.decide(as("supervisor.conakry"), transfer, Decision.Outcome.APPROVE, Decision.none());

        assertThat(events).contains(TracingRequested.class).matching(TracingRequested::requestId, request)
                .matching(TracingRequested::caseId, caseId)
                .matching(TracingRequested::fromOfficeId, office("SN-DKR"))
                .matching(TracingRequested::toOfficeId, office("GN-CKY"));
        assertThat(events).contains(TracingAnswered.class).matching(TracingAnswered::requestId, request)
                .matching(TracingAnswered::outcome, "FAMILY_FOUND");
        assertThat(events).contains(CaseTransferRequested.class).matching(CaseTransferRequested::transferId, transfer)
                .matching(CaseTransferRequested::toOfficeId, office("GN-CKY"));
        assertThat(events).contains(CaseTransferred.class).matching(CaseTransferred::transferId, transfer)
                .matching(CaseTransferred::fromOfficeId, office("SN-DKR"))
                .matching(CaseTransferred::toOfficeId, office("GN-CKY"))
                .matching(CaseTransferred::acceptedOn, LocalDate.now());
        assertThat(events.ofType(CaseTransferRejected.class).matching(CaseTransferRejected::caseId, caseId)).isEmpty();
        assertNoName(events, "Hawa", family);
    }

    @Test
    void aRejectedTransferPublishesItsRejectionAndTheCaseStays(AssertablePublishedEvents events) {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Oumou", "Rejected" + System.nanoTime());
        crossBorderConsent(caseId);
        long transfer = transfers.request(as("supervisor.dakar"), caseId, office("GN-CKY"), "Family found");

        transfers.decide(as("supervisor.conakry"), transfer, Decision.Outcome.REJECT,
                new Decision("The family was judged unsafe"));

        assertThat(events).contains(CaseTransferRejected.class).matching(CaseTransferRejected::transferId, transfer)
                .matching(CaseTransferRejected::fromOfficeId, office("SN-DKR"));
        assertThat(events.ofType(CaseTransferred.class).matching(CaseTransferred::caseId, caseId)).isEmpty();
        assertThat(jdbc.sql("select office_id from case_file where id = ?").param(caseId.value()).query(Long.class)
                .single()).isEqualTo(office("SN-DKR"));
    }

    @Test
    void theArrivalReturnsTheCaseHomeAndTheReintegrationAndVisitsFollow(AssertablePublishedEvents events) {
        String family = "Homecoming" + System.nanoTime();
        CaseId caseId = adult(family);
        walkToDeparture(caseId);
        LocalDate arrivedOn = LocalDate.now().minusDays(2);

        returns.arrive(as("caseworker.conakry"), caseId, new ReturnPlans.Arrival(arrivedOn, "Labé bus station",
                "Mother of " + family));
        long component = reintegration.add(as("caseworker.dakar"), caseId, new Reintegration.ComponentInput(
                ReintegrationComponent.VOCATIONAL_TRAINING, as("partner.dakar").organisationId(),
                new java.math.BigDecimal("150000"), "GNF"));
        long visit = jdbc.sql("select id from case_follow_up_visit where case_id = ? and months_after_return = 1")
                .param(caseId.value()).query(Long.class).single();
        followUps.record(as("caseworker.dakar"), caseId, visit, new FollowUps.VisitInput(LocalDate.now(),
                "Lives with " + family + "'s mother", 3, 4, 3, "LOW"));

        assertThat(events).contains(ReturnCompleted.class).matching(ReturnCompleted::caseId, caseId)
                .matching(ReturnCompleted::officeId, office("SN-DKR"))
                .matching(ReturnCompleted::receivingOfficeId, office("GN-CKY"))
                .matching(ReturnCompleted::arrivedOn, arrivedOn)
                .matching(ReturnCompleted::destinationCountry, "GN");
        assertThat(events).contains(ReintegrationPlanned.class).matching(ReintegrationPlanned::componentId, component)
                .matching(ReintegrationPlanned::component, "VOCATIONAL_TRAINING");
        assertThat(events).contains(FollowUpRecorded.class).matching(FollowUpRecorded::visitId, visit)
                .matching(FollowUpRecorded::dueOn, arrivedOn.plusMonths(1))
                .matching(FollowUpRecorded::visitedOn, LocalDate.now());
        assertNoName(events, "Kadiatou", family);
    }

    @Test
    void theFollowUpVisitsAreScheduledInTheTransactionOfTheArrival() {
        CaseId caseId = adult("Scheduled" + System.nanoTime());
        walkToDeparture(caseId);

        transactions.executeWithoutResult(status -> {
            returns.arrive(as("caseworker.conakry"), caseId, new ReturnPlans.Arrival(LocalDate.now(), "Labé",
                    "Mother"));
            assertThat(visits(caseId)).as("visits exist as soon as the arrival does").isEqualTo(4);
            status.setRollbackOnly();
        });

        assertThat(visits(caseId)).as("an arrival rolled back leaves no visit").isZero();
        assertThat(jdbc.sql("select status from case_return_plan where case_id = ?").param(caseId.value())
                .query(String.class).single()).isEqualTo("DEPARTED");
    }

    @Test
    void anOfficeHearsOfATransferOnceItCommittedAndNeverOfOneRolledBack() {
        CaseId kept = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Binta", "Committed" + System.nanoTime());
        CaseId dropped = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Rokia", "Dropped" + System.nanoTime());
        crossBorderConsent(kept);
        crossBorderConsent(dropped);

        transactions.executeWithoutResult(status -> {
            transfers.request(as("supervisor.dakar"), dropped, office("GN-CKY"), "Family found");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> {
            transfers.request(as("supervisor.dakar"), kept, office("GN-CKY"), "Family found");
            assertThat(notices(kept, "TRANSFER_REQUESTED")).as("no notice before the commit").isZero();
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notices(kept, "TRANSFER_REQUESTED")).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from case_transfer where case_id = ?").param(dropped.value())
                .query(Long.class).single()).isZero();
        assertThat(notices(dropped, "TRANSFER_REQUESTED")).isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%\"caseId\":" + dropped.value() + ",%").query(Long.class).single())
                .as("nothing left to deliver for the rolled-back request").isZero();
    }

    private void walkToDeparture(CaseId caseId) {
        CurrentUser dakar = as("caseworker.dakar");
        returns.save(dakar, caseId, new ReturnPlans.PlanInput("GN", office("GN-CKY"), LocalDate.now().plusDays(5),
                "Dakar - Labé", "Social worker", null, null, null));
        long document = returns.addDocument(dakar, caseId, new ReturnPlans.DocumentInput(DocumentKind.LAISSEZ_PASSER,
                "Consulate of Guinea", LocalDate.now().minusDays(20)));
        returns.issueDocument(dakar, caseId, document, LocalDate.now().minusDays(10));
        returns.checklist(dakar, caseId, EnumSet.allOf(ChecklistItem.class));
        returns.depart(dakar, caseId, LocalDate.now().minusDays(3));
    }

    private CaseId adult(String family) {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Kadiatou", family);
        jdbc.sql("update case_file set age_at_identification = 27 where id = ?").param(caseId.value()).update();
        return caseId;
    }

    private static void assertNoName(AssertablePublishedEvents events, String... names) {
        assertThat(events.ofType(Object.class)).isNotEmpty().allSatisfy(event -> {
            for (String name : names) {
                assertThat(event.toString()).doesNotContain(name);
            }
        });
    }

    private long visits(CaseId caseId) {
        return jdbc.sql("select count(*) from case_follow_up_visit where case_id = ?").param(caseId.value())
                .query(Long.class).single();
    }

    private long notices(CaseId caseId, String kind) {
        return jdbc.sql("""
                select count(*) from office_notification n join case_file c on c.case_number = n.case_number
                 where c.id = ? and n.kind = ?""").params(caseId.value(), kind).query(Long.class).single();
    }

    private void crossBorderConsent(CaseId caseId) {
        CaseFixtures.consent(jdbc, caseId, "CROSS_BORDER_SHARING");
    }

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private long office(String code) {
        return jdbc.sql("select id from office where code = ?").param(code).query(Long.class).single();
    }
}
