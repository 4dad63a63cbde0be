package org.sankofa.cases.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.sankofa.directory.ServiceType;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.internal.Referrals;
import org.sankofa.cases.assistance.internal.Services;
import org.sankofa.cases.assistance.internal.SharedParts;
import org.sankofa.cases.events.ReferralAnswered;
import org.sankofa.cases.events.ReferralSent;
import org.sankofa.cases.events.ServiceDelivered;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assistance on its own (with the modules it depends on, and the demo module for the offices and people the tests
 * work with — without the demo's cases): the events of services and referrals, none carrying a name, and the rules of
 * referrals — consent first, one answer in turn, and a partner seeing only what a referral shares.
 */
@ApplicationModuleTest(module = "cases.assistance", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = "demo")
@ActiveProfiles("test")
class AssistanceModuleTests {

    @Autowired
    Services services;
    @Autowired
    Referrals referrals;
    @Autowired
    SharedParts sharedParts;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    @Test
    void aServiceDeliveredIsPublishedWithItsTypeDayAndProvider(AssertablePublishedEvents events) {
        String family = "Served" + System.nanoTime();
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Ndeye", family);
        long provider = partner().organisationId();
        LocalDate day = LocalDate.now().minusDays(2);

        long service = services.record(as("caseworker.dakar"), caseId, new Services.NewService(ServiceType.SHELTER,
                day, provider, new BigDecimal("12000"), "XOF"));

        assertThat(events).contains(ServiceDelivered.class).matching(ServiceDelivered::serviceId, service)
                .matching(ServiceDelivered::caseId, caseId)
                .matching(ServiceDelivered::serviceType, "SHELTER")
                .matching(ServiceDelivered::deliveredOn, day)
                .matching(ServiceDelivered::providerOrgId, provider);
        assertNoName(events, "Ndeye", family);
    }

    @Test
    void aReferralIsSentOnlyWithConsentAndEachAnswerIsPublished(AssertablePublishedEvents events) {
        String family = "Referred" + System.nanoTime();
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Awa", family);
        long partnerOrg = partner().organisationId();
        Referrals.NewReferral referral = new Referrals.NewReferral(partnerOrg, ServiceType.PSYCHOSOCIAL,
                EnumSet.of(ReferralShare.AGE_SEX), "Sessions for " + family);

        assertThatThrownBy(() -> referrals.send(as("caseworker.dakar"), caseId, referral))
                .isInstanceOf(InvalidInputException.class);
        assertThat(events.ofType(ReferralSent.class).matching(ReferralSent::caseId, caseId)).isEmpty();

        partnerSharingConsent(caseId);
        long sent = referrals.send(as("caseworker.dakar"), caseId, referral);
        assertThatThrownBy(() -> referrals.answer(partner(), caseId, sent, Referrals.Answer.COMPLETE, null))
                .isInstanceOf(ConflictException.class);
        referrals.answer(partner(), caseId, sent, Referrals.Answer.ACCEPT, "We take " + family);
        referrals.answer(partner(), caseId, sent, Referrals.Answer.COMPLETE, null);

        assertThat(events).contains(ReferralSent.class).matching(ReferralSent::referralId, sent)
                .matching(ReferralSent::partnerOrgId, partnerOrg)
                .matching(ReferralSent::serviceType, "PSYCHOSOCIAL");
        assertThat(events.ofType(ReferralAnswered.class).matching(ReferralAnswered::referralId, sent))
                .extracting(ReferralAnswered::status).containsExactly("ACCEPTED", "COMPLETED");
        assertNoName(events, "Awa", family);
    }

    @Test
    void aPartnerSeesTheNameOnlyOfAReferralThatSharesIt() {
        String shared = "Sharedname" + System.nanoTime();
        String kept = "Keptname" + System.nanoTime();
        CaseId named = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Maimouna", shared);
        CaseId anonymous = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Coumba", kept);
        partnerSharingConsent(named);
        partnerSharingConsent(anonymous);
        long partnerOrg = partner().organisationId();
        referrals.send(as("caseworker.dakar"), named, new Referrals.NewReferral(partnerOrg, ServiceType.MEDICAL,
                Set.of(ReferralShare.NAME, ReferralShare.AGE_SEX), null));
        referrals.send(as("caseworker.dakar"), anonymous, new Referrals.NewReferral(partnerOrg, ServiceType.MEDICAL,
                Set.of(ReferralShare.PROFILE), null));

        var seen = sharedParts.forPartner(partner());

        assertThat(seen).filteredOn(r -> r.referral().caseId().equals(named)).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Maimouna " + shared);
            assertThat(r.age()).isEqualTo(11);
            assertThat(r.exploitationTypes()).isNull();
        });
        assertThat(seen).filteredOn(r -> r.referral().caseId().equals(anonymous)).singleElement().satisfies(r -> {
            assertThat(r.name()).isNull();
            assertThat(r.age()).isNull();
            assertThat(r.exploitationTypes()).containsExactly("ForcedBegging");
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_VIEWED' and target_id = ?")
                .param(String.valueOf(named.value())).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_VIEWED' and target_id = ?")
                .param(String.valueOf(anonymous.value())).query(Long.class).single()).isZero();
    }

    private static void assertNoName(AssertablePublishedEvents events, String... names) {
        assertThat(events.ofType(Object.class)).isNotEmpty().allSatisfy(event -> {
            for (String name : names) {
                assertThat(event.toString()).doesNotContain(name);
            }
        });
    }

    private void partnerSharingConsent(CaseId caseId) {
        CaseFixtures.consent(jdbc, caseId, "PARTNER_SHARING");
    }

    private CurrentUser partner() {
        return as("partner.dakar");
    }

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
