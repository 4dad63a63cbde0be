package org.sankofa.cases.internal.closure;

import org.junit.jupiter.api.Test;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.FollowUpProgress;
import org.sankofa.cases.internal.StaffNames;
import org.sankofa.cases.internal.closure.Closures;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seam for follow-ups: once {@link FollowUpProgress} says a child's follow-ups are done, the closure request
 * needs no further reason (a supervisor still approves it); until then a reason is required.
 */
@SankofaTest
class FollowUpSeamTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseAccess cases;
    @Autowired
    FieldCipher cipher;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAccounts users;
    @Autowired
    FollowUpProgress installed;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    StaffNames staff;

    @Test
    void withFollowUpsDoneAChildsClosureNeedsNoReasonButStillASupervisor() {
        CurrentUser worker = users.findByUsername("caseworker.dakar").orElseThrow();
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Seam", "Followup" + System.nanoTime());
        Closures closures = new Closures(jdbc, cases, cipher, audit, caseId::equals, events, staff);
        Closures.Outcome outcome = closures.close(worker, caseId, ClosureReason.REINTEGRATION_COMPLETED, null);
        assertThat(outcome.closed()).isFalse();
        assertThat(jdbc.sql("select followups_done from case_closure_request where id = ?")
                .param(outcome.requestId()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select status from case_file where id = ?").param(caseId.value()).query(String.class).single())
                .isEqualTo("Active");
    }

    @Test
    void untilFollowUpsAreRecordedNoneCountAsDone() {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Seam", "Nofollowup" + System.nanoTime());
        assertThat(installed.allDone(caseId)).isFalse();
        CurrentUser worker = users.findByUsername("caseworker.dakar").orElseThrow();
        Closures closures = new Closures(jdbc, cases, cipher, audit, installed, events, staff);
        assertThatThrownBy(() -> closures.close(worker, caseId, ClosureReason.REINTEGRATION_COMPLETED, " "))
                .isInstanceOf(InvalidInputException.class);
    }
}
