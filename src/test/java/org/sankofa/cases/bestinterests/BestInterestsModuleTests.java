package org.sankofa.cases.bestinterests;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.bestinterests.internal.BestInterests;
import org.sankofa.cases.bestinterests.internal.BestInterestsDecision;
import org.sankofa.cases.events.BestInterestsDetermined;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.web.Decision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Best interests on its own (with the modules it depends on, and the demo module for the offices and people the
 * tests work with — best interests depends on it only by type, for its demo step): an approved determination is
 * published, a rejected one is not, and the four-eyes rule and the child's open case hold.
 */
@ApplicationModuleTest(module = "cases.bestinterests", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = "demo")
@ActiveProfiles("test")
class BestInterestsModuleTests {

    @Autowired
    BestInterests bestInterests;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    @Test
    void anApprovedDeterminationIsPublishedWithItsDayAndNeverAName(AssertablePublishedEvents events) {
        String family = "Determined" + System.nanoTime();
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Salimata", family);
        long determination = requested(caseId, "Salimata " + family + " asks to go home");

        bestInterests.decide(as("supervisor.dakar"), caseId, determination, Decision.Outcome.APPROVE,
                new Decision("Approved for " + family));

        assertThat(events).contains(BestInterestsDetermined.class)
                .matching(BestInterestsDetermined::caseId, caseId)
                .matching(BestInterestsDetermined::determinationId, determination)
                .matching(BestInterestsDetermined::decidedOn, LocalDate.now());
        assertThat(events.ofType(Object.class)).allSatisfy(event -> assertThat(event.toString())
                .doesNotContain("Salimata").doesNotContain(family));
    }

    @Test
    void aRejectedDeterminationIsNotPublishedAndNobodyDecidesTheirOwnRequest(AssertablePublishedEvents events) {
        CaseId own = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Assa", "Own" + System.nanoTime());
        long asked = bestInterests.request(as("supervisor.dakar"), own, new BestInterests.NewDetermination(
                assessed(own), BestInterestsDecision.RETURN_TO_FAMILY, "The family is willing"));
        assertThatThrownBy(() -> bestInterests.decide(as("supervisor.dakar"), own, asked, Decision.Outcome.APPROVE,
                Decision.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bestInterests.decide(as("caseworker.dakar"), own, asked, Decision.Outcome.APPROVE,
                Decision.none()))
                .isInstanceOf(AccessDeniedException.class);

        CaseId rejected = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Dieynaba", "Rejected" + System.nanoTime());
        long determination = requested(rejected, "The child wishes to return");
        bestInterests.decide(as("supervisor.dakar"), rejected, determination, Decision.Outcome.REJECT,
                new Decision("Trace the family first"));
        assertThatThrownBy(() -> bestInterests.decide(as("supervisor.dakar"), rejected, determination,
                Decision.Outcome.APPROVE, Decision.none()))
                .isInstanceOf(ConflictException.class);

        assertThat(events.ofType(BestInterestsDetermined.class)).isEmpty();
    }

    @Test
    void anAdultsCaseHasNoBestInterestsDetermination() {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Khady", "Adult" + System.nanoTime());
        jdbc.sql("update case_file set age_at_identification = 31 where id = ?").param(caseId.value()).update();

        assertThatThrownBy(() -> bestInterests.assess(as("caseworker.dakar"), caseId,
                new BestInterests.NewAssessment(LocalDate.now(), "An adult's views")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("bi.not-a-child");
        assertThat(jdbc.sql("select count(*) from case_bi_assessment where case_id = ?").param(caseId.value())
                .query(Long.class).single()).isZero();
    }

    /** An assessment and a determination asked by the case worker; returns the determination. */
    private long requested(CaseId caseId, String reasons) {
        return bestInterests.request(as("caseworker.dakar"), caseId, new BestInterests.NewDetermination(
                assessed(caseId), BestInterestsDecision.RETURN_TO_FAMILY, reasons));
    }

    private long assessed(CaseId caseId) {
        return bestInterests.assess(as("caseworker.dakar"), caseId,
                new BestInterests.NewAssessment(LocalDate.now(), "Views of the child and of the family"));
    }

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
