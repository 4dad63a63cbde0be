package org.sankofa.cases.journey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.bestinterests.internal.BestInterests;
import org.sankofa.cases.bestinterests.internal.BestInterestsDecision;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.reintegration.Reintegration;
import org.sankofa.cases.journey.internal.reintegration.ReintegrationComponent;
import org.sankofa.cases.journey.internal.returns.DocumentKind;
import org.sankofa.cases.journey.internal.returns.ReturnPlans;
import org.sankofa.cases.journey.internal.tracing.Tracing;
import org.sankofa.cases.journey.internal.transfer.Transfers;
import org.sankofa.database.SqlStatements;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.web.Decision;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The lists of the journey home and of best interests send as many statements with more rows as with fewer: the tasks
 * and overdue visits, the handovers to receive, the tracing requests and transfers of an office, and the sections of
 * a case (tracing, transfer, return, reintegration, follow-ups, best interests).
 */
@SankofaTest
class JourneyListStatementsTests {

    private static final ReintegrationComponent[] COMPONENTS = ReintegrationComponent.values();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserAccounts users;
    @Autowired
    Tracing tracing;
    @Autowired
    Transfers transfers;
    @Autowired
    ReturnPlans returns;
    @Autowired
    Reintegration reintegration;
    @Autowired
    BestInterests bestInterests;

    @Test
    void theListsOfTheJourneyCostTheSameStatementsHoweverManyRowsTheyShow() throws Exception {
        CaseId child = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Adama", "Journeylist" + System.nanoTime());
        crossBorderConsent(child);
        CaseId adult = adult();
        CurrentUser worker = as("caseworker.dakar");
        CurrentUser supervisor = as("supervisor.dakar");
        CurrentUser origin = as("caseworker.conakry");
        CurrentUser originSupervisor = as("supervisor.conakry");
        returns.save(worker, adult, plan());
        visitsDue(adult, worker);
        List<RequestBuilder> requests = List.of(
                get("/tasks").with(user(worker)), get("/tasks").with(user(supervisor)),
                get("/tasks").with(user(origin)), get("/tasks/overdue").with(user(supervisor)),
                get("/api/v1/tasks").with(user(worker)), get("/api/v1/handovers").with(user(origin)),
                get("/tracing").with(user(origin)), get("/api/v1/tracing-requests").with(user(origin)),
                get("/transfers").with(user(originSupervisor)), get("/transfers").with(user(supervisor)),
                get("/api/v1/transfers").with(user(originSupervisor)),
                get("/cases/" + child + "/tracing").with(user(worker)),
                get("/cases/" + child + "/transfer").with(user(supervisor)),
                get("/cases/" + child + "/best-interests").with(user(supervisor)),
                get("/api/v1/cases/" + child + "/tracing-requests").with(user(worker)),
                get("/api/v1/cases/" + child + "/transfers").with(user(worker)),
                get("/api/v1/cases/" + child + "/best-interests/assessments").with(user(worker)),
                get("/api/v1/cases/" + child + "/best-interests/determinations").with(user(worker)),
                get("/cases/" + adult + "/return").with(user(worker)),
                get("/cases/" + adult + "/reintegration").with(user(worker)),
                get("/cases/" + adult + "/follow-ups").with(user(worker)),
                get("/api/v1/cases/" + adult + "/return").with(user(worker)),
                get("/api/v1/cases/" + adult + "/reintegration").with(user(worker)));
        grow(child, adult, 0);
        // the first requests fill what is kept in memory (offices, an office's handover); the counts compare the
        // requests after them
        SqlStatements.eachRequest(mvc, requests);
        int[] before = SqlStatements.eachRequest(mvc, requests);
        assertThat(before).as("counted").doesNotContain(0);

        for (int round = 1; round < 4; round++) {
            grow(child, adult, round);
        }

        assertThat(SqlStatements.eachRequest(mvc, requests)).isEqualTo(before);
    }

    /** One more row in each list: a journey elsewhere, and a record more in each section of the two cases. */
    private void grow(CaseId child, CaseId adult, int round) {
        CurrentUser worker = as(round % 2 == 0 ? "caseworker.dakar" : "supervisor.dakar");
        CurrentUser supervisor = as("supervisor.dakar");
        CurrentUser originSupervisor = as("supervisor.conakry");
        // elsewhere: a return to receive in Conakry, visits due in Dakar, a tracing request and a transfer
        CaseId returning = adult();
        returns.save(worker, returning, plan());
        visitsDue(returning, worker);
        CaseId traced = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Binta", "Traced" + System.nanoTime());
        crossBorderConsent(traced);
        tracing.request(worker, traced, new Tracing.NewRequest(office("GN-CKY"), "Family " + round, "Village",
                "Region", "Pular", null));
        transfers.request(supervisor, traced, office("GN-CKY"), "Family found");
        // the sections of the two cases
        tracing.request(worker, child, new Tracing.NewRequest(office("GN-CKY"), "Family " + round, null, null, null,
                null));
        long transfer = transfers.request(supervisor, child, office("GN-CKY"), "Family found, round " + round);
        transfers.decide(originSupervisor, transfer, Decision.Outcome.REJECT,
                new Decision("Not yet, round " + round));
        long assessment = bestInterests.assess(worker, child, new BestInterests.NewAssessment(LocalDate.now(),
                "Views, round " + round));
        long determination = bestInterests.request(as("caseworker.dakar"), child, new BestInterests.NewDetermination(
                assessment, BestInterestsDecision.RETURN_TO_FAMILY, "Reasons, round " + round));
        bestInterests.decide(supervisor, child, determination, Decision.Outcome.REJECT,
                new Decision("Rejected, round " + round));
        returns.addDocument(worker, adult, new ReturnPlans.DocumentInput(DocumentKind.values()[round],
                "Consulate " + round, LocalDate.now().minusDays(3)));
        reintegration.add(worker, adult, new Reintegration.ComponentInput(COMPONENTS[round],
                round % 2 == 0 ? as("partner.dakar").organisationId() : worker.organisationId(),
                new BigDecimal("1000"), "XOF"));
    }

    private ReturnPlans.PlanInput plan() {
        return new ReturnPlans.PlanInput("GN", office("GN-CKY"), LocalDate.now().plusDays(10), "By road", "Escort",
                null, null, null);
    }

    /** Visits due on the case, assigned to {@code who} (so that the tasks name them). */
    private void visitsDue(CaseId caseId, CurrentUser who) {
        jdbc.sql("update case_file set assigned_to = ? where id = ?").params(who.id(), caseId.value()).update();
        jdbc.sql("""
                insert into case_follow_up_visit (case_id, months_after_return, due_on)
                values (?, 1, current_date - 3), (?, 3, current_date + 10)""")
                .params(caseId.value(), caseId.value()).update();
    }

    private CaseId adult() {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Ibrahima", "Adultlist" + System.nanoTime());
        jdbc.sql("update case_file set age_at_identification = 29 where id = ?").param(caseId.value()).update();
        return caseId;
    }

    private void crossBorderConsent(CaseId caseId) {
        CaseFixtures.consent(jdbc, caseId, "CROSS_BORDER_SHARING");
    }

    private long office(String code) {
        return jdbc.sql("select id from office where code = ?").param(code).query(Long.class).single();
    }

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
