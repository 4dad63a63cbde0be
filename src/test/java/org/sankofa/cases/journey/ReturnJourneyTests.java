package org.sankofa.cases.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.followup.OverdueAlerts;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/** The rules of the journey home: the return gate, the handover, the reintegration budget, follow-ups and alerts. */
@SankofaTest
class ReturnJourneyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserAccounts users;
    @Autowired
    OverdueAlerts alerts;
    @Autowired
    org.sankofa.cases.journey.internal.followup.FollowUps followUps;

    CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    CaseId dakarChild() {
        return CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Mamadou", "Returncase" + System.nanoTime());
    }

    CaseId dakarAdult() {
        CaseId caseId = dakarChild();
        jdbc.sql("update case_file set age_at_identification = 24 where id = ?").param(caseId.value()).update();
        return caseId;
    }

    void determination(CaseId caseId, String decision, String status) {
        jdbc.sql("""
                insert into case_bi_determination (case_id, decision, status, reasons, decided_at)
                values (?, ?, ?, ?, case when ? = 'REQUESTED' then null else now() end)""")
                .params(caseId.value(), decision, status, cipher.encrypt("test", "case_bi_determination.reasons"), status)
                .update();
    }

    MockHttpServletResponse api(HttpMethod method, String path, String json, String username) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(user(as(username))).with(csrf())).andReturn().getResponse();
    }

    long count(String table, CaseId caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = ?").param(caseId.value()).query(Long.class)
                .single();
    }

    long conakryOffice() {
        return jdbc.sql("select id from office where code = 'GN-CKY'").query(Long.class).single();
    }

    String plan() {
        return """
                {"destinationCountry":"GN","receivingOfficeId":%d,"travelDate":"%s","route":"Dakar - Tambacounda - Labé",
                 "escort":"Social worker A.","programme":"ECOWAS return programme","cost":"250000","currency":"XOF"}"""
                .formatted(conakryOffice(), LocalDate.now().plusDays(10));
    }

    /** Plans, documents, checklist, departure and arrival (arrival {@code daysAgo} days ago). */
    void walkToArrival(CaseId caseId, int daysAgo) throws Exception {
        String base = "/api/v1/cases/" + caseId + "/return";
        assertThat(api(HttpMethod.PUT, base, plan(), "caseworker.dakar").getStatus()).isEqualTo(200);
        MockHttpServletResponse doc = api(HttpMethod.POST, base + "/documents", """
                {"kind":"LAISSEZ_PASSER","issuingAuthority":"Consulate of Guinea, Dakar","requestedOn":"%s"}"""
                .formatted(LocalDate.now().minusDays(daysAgo + 20)), "caseworker.dakar");
        assertThat(doc.getStatus()).as(doc.getContentAsString()).isEqualTo(201);
        long docId = jdbc.sql("select max(id) from case_return_document where case_id = ?").param(caseId.value())
                .query(Long.class).single();
        assertThat(api(HttpMethod.POST, base + "/documents/" + docId + "/issue",
                "{\"issuedOn\":\"" + LocalDate.now().minusDays(daysAgo + 10) + "\"}", "caseworker.dakar").getStatus())
                .isEqualTo(204);
        assertThat(api(HttpMethod.PUT, base + "/checklist", """
                {"done":["CHILD_CONSULTED","FAMILY_INFORMED","RECEIVING_OFFICE_CONFIRMED","MEDICAL_CLEARANCE",
                         "ESCORT_BRIEFED","TRAVEL_DOCUMENTS_READY"]}""", "caseworker.dakar").getStatus())
                .isEqualTo(204);
        assertThat(api(HttpMethod.POST, base + "/departure",
                "{\"departedOn\":\"" + LocalDate.now().minusDays(daysAgo + 1) + "\"}", "supervisor.dakar").getStatus())
                .isEqualTo(204);
        MockHttpServletResponse arrival = api(HttpMethod.POST, base + "/arrival", """
                {"arrivedOn":"%s","place":"Labé bus station","personsPresent":"Mother, uncle, IOM Conakry officer"}"""
                .formatted(LocalDate.now().minusDays(daysAgo)), "caseworker.conakry");
        assertThat(arrival.getStatus()).as(arrival.getContentAsString()).isEqualTo(204);
    }

    @Test
    void childReturnCannotBePlannedWithoutAnApprovedReturnToFamilyDetermination() throws Exception {
        CaseId caseId = dakarChild();
        String path = "/api/v1/cases/" + caseId + "/return";
        MockHttpServletResponse none = api(HttpMethod.PUT, path, plan(), "caseworker.dakar");
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString()).contains("determination")
                .contains("approved a best-interests determination deciding a return to the family");

        determination(caseId, "RETURN_TO_FAMILY", "REQUESTED");
        determination(caseId, "RETURN_TO_FAMILY", "REJECTED");
        determination(caseId, "LOCAL_INTEGRATION", "APPROVED");
        assertThat(api(HttpMethod.PUT, path, plan(), "caseworker.dakar").getStatus()).isEqualTo(422);
        assertThat(api(HttpMethod.POST, path + "/documents", """
                {"kind":"PASSPORT","issuingAuthority":"Consulate","requestedOn":"%s"}""".formatted(LocalDate.now()),
                "caseworker.dakar").getStatus()).isEqualTo(422);
        assertThat(count("case_return_plan", caseId)).isZero();
        assertThat(count("case_return_document", caseId)).isZero();

        determination(caseId, "RETURN_TO_FAMILY", "APPROVED");
        assertThat(api(HttpMethod.PUT, path, plan(), "caseworker.dakar").getStatus()).isEqualTo(200);
        assertThat(count("case_return_plan", caseId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RETURN_PLANNED' and target_id = ?")
                .param(String.valueOf(caseId.value())).query(Long.class).single()).isEqualTo(1);
        MockHttpServletResponse read = api(HttpMethod.GET, path, null, "caseworker.dakar");
        assertThat(read.getContentAsString()).contains("Tambacounda").contains("\"destinationCountry\":\"GN\"");
        String raw = jdbc.sql("select route || escort from case_return_plan where case_id = ?").param(caseId.value())
                .query(String.class).single();
        assertThat(raw).doesNotContain("Tambacounda").doesNotContain("Social worker");
    }

    @Test
    void adultReturnNeedsNoDetermination() throws Exception {
        CaseId caseId = dakarAdult();
        assertThat(api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/return", plan(), "caseworker.dakar").getStatus())
                .isEqualTo(200);
    }

    @Test
    void departureNeedsTheChecklistAndIssuedDocumentsAndArrivalSchedulesFollowUps() throws Exception {
        CaseId caseId = dakarChild();
        determination(caseId, "RETURN_TO_FAMILY", "APPROVED");
        String base = "/api/v1/cases/" + caseId + "/return";
        assertThat(api(HttpMethod.PUT, base, plan(), "caseworker.dakar").getStatus()).isEqualTo(200);
        MockHttpServletResponse early = api(HttpMethod.POST, base + "/departure",
                "{\"departedOn\":\"" + LocalDate.now() + "\"}", "caseworker.dakar");
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString()).contains("checklist").contains("documents");
        MockHttpServletResponse notDeparted = api(HttpMethod.POST, base + "/arrival", """
                {"arrivedOn":"%s","place":"Labé","personsPresent":"Mother"}""".formatted(LocalDate.now()),
                "caseworker.dakar");
        assertThat(notDeparted.getStatus()).isEqualTo(409);
        assertThat(jdbc.sql("select status from case_return_plan where case_id = ?").param(caseId.value())
                .query(String.class).single()).isEqualTo("PLANNED");

        CaseId other = dakarChild();
        determination(other, "RETURN_TO_FAMILY", "APPROVED");
        walkToArrival(other, 3);
        List<Integer> months = jdbc.sql("select months_after_return from case_follow_up_visit where case_id = ?"
                + " order by months_after_return").param(other.value()).query(Integer.class).list();
        assertThat(months).containsExactly(1, 3, 6, 12);
        assertThat(jdbc.sql("select due_on from case_follow_up_visit where case_id = ? and months_after_return = 6")
                .param(other.value()).query(LocalDate.class).single()).isEqualTo(LocalDate.now().minusDays(3).plusMonths(6));
        assertThat(api(HttpMethod.PUT, "/api/v1/cases/" + other + "/return", plan(), "caseworker.dakar").getStatus())
                .isEqualTo(409);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + other + "/return/arrival", """
                {"arrivedOn":"%s","place":"Labé","personsPresent":"Mother"}""".formatted(LocalDate.now()),
                "caseworker.conakry").getStatus()).isEqualTo(409);
    }

    @Test
    void disbursementsMayNotExceedTheBudgetOfTheirComponent() throws Exception {
        CaseId caseId = dakarAdult();
        long provider = as("partner.dakar").organisationId();
        String base = "/api/v1/cases/" + caseId + "/reintegration";
        MockHttpServletResponse created = api(HttpMethod.POST, base, """
                {"component":"RETURN_TO_SCHOOL","providerOrgId":%d,"budget":"100000","currency":"GNF"}"""
                .formatted(provider), "caseworker.dakar");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long componentId = jdbc.sql("select id from case_reintegration_component where case_id = ?").param(caseId.value())
                .query(Long.class).single();
        String pay = "{\"amount\":\"%s\",\"paidOn\":\"" + LocalDate.now() + "\"}";
        assertThat(api(HttpMethod.POST, base + "/" + componentId + "/disbursements", pay.formatted("60000"),
                "caseworker.dakar").getStatus()).isEqualTo(201);
        MockHttpServletResponse over = api(HttpMethod.POST, base + "/" + componentId + "/disbursements",
                pay.formatted("40000.01"), "caseworker.dakar");
        assertThat(over.getStatus()).isEqualTo(422);
        assertThat(over.getContentAsString()).contains("exceed the budget");
        assertThat(api(HttpMethod.POST, base + "/" + componentId + "/disbursements", pay.formatted("40000"),
                "caseworker.dakar").getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("select sum(amount) from case_reintegration_disbursement where component_id = ?")
                .param(componentId).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("100000");
        assertThat(api(HttpMethod.POST, base, """
                {"component":"RETURN_TO_SCHOOL","providerOrgId":%d,"budget":"5","currency":"GNF"}"""
                .formatted(provider), "caseworker.dakar").getStatus()).isEqualTo(422);
        assertThat(api(HttpMethod.POST, base + "/999999999/disbursements", pay.formatted("1"), "caseworker.dakar")
                .getStatus()).isEqualTo(404);
        assertThat(api(HttpMethod.GET, base, null, "caseworker.dakar").getContentAsString())
                .contains("\"disbursed\":100000").contains("IN_PROGRESS");
    }

    @Test
    void followUpVisitIsRecordedWithScoresFromOneToFive() throws Exception {
        CaseId caseId = dakarAdult();
        walkToArrival(caseId, 40);
        long visitId = jdbc.sql("select id from case_follow_up_visit where case_id = ? and months_after_return = 1")
                .param(caseId.value()).query(Long.class).single();
        String path = "/api/v1/cases/" + caseId + "/follow-ups/" + visitId;
        MockHttpServletResponse bad = api(HttpMethod.POST, path, """
                {"visitedOn":"%s","findings":"Back at school","economicScore":7,"socialScore":3,
                 "psychosocialScore":4,"riskLevel":"LOW"}""".formatted(LocalDate.now()), "caseworker.dakar");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("economicScore");
        assertThat(api(HttpMethod.POST, path, """
                {"visitedOn":"%s","findings":"Back at school","economicScore":2,"socialScore":3,
                 "psychosocialScore":4,"riskLevel":"LOW"}""".formatted(LocalDate.now()), "caseworker.dakar")
                .getStatus()).isEqualTo(204);
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/follow-ups", null, "caseworker.dakar")
                .getContentAsString()).contains("Back at school");
        assertThat(followUps.allDone(caseId)).as("three visits still to make").isFalse();
        jdbc.sql("update case_follow_up_visit set visited_on = current_date where case_id = ?").param(caseId.value()).update();
        assertThat(followUps.allDone(caseId)).isTrue();
        assertThat(followUps.allDone(dakarChild())).as("no return, no follow-ups").isFalse();
        assertThat(jdbc.sql("select findings from case_follow_up_visit where id = ?").param(visitId)
                .query(String.class).single()).doesNotContain("school");
    }

    @Test
    void overdueAlertIsRaisedOnceEvenWhenTwoNodesRunTheCheckAtOnce() throws Exception {
        CaseId caseId = dakarAdult();
        walkToArrival(caseId, 100);
        List<Long> overdue = jdbc.sql("select id from case_follow_up_visit where case_id = ? and due_on < current_date")
                .param(caseId.value()).query(Long.class).list();
        assertThat(overdue).hasSize(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> run = () -> {
                    start.await();
                    return alerts.raise();
                };
                runs.add(nodes.submit(run));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdownNow();
        }
        alerts.raise();
        for (long visitId : overdue) {
            assertThat(jdbc.sql("select count(*) from follow_up_alert where visit_id = ?").param(visitId)
                    .query(Long.class).single()).isEqualTo(1);
        }
        assertThat(count("follow_up_alert", caseId)).isEqualTo(2);
        MockHttpServletResponse tasks = api(HttpMethod.GET, "/api/v1/tasks?overdue=true", null, "supervisor.dakar");
        assertThat(tasks.getContentAsString()).contains("\"caseId\":" + caseId).contains("\"alerted\":true");
        assertThat(api(HttpMethod.GET, "/api/v1/tasks?overdue=true", null, "supervisor.conakry").getContentAsString())
                .doesNotContain("\"caseId\":" + caseId + ",");
    }

    @Test
    void otherOfficesGet404AndRolesWithoutCaseAccess403() throws Exception {
        CaseId caseId = dakarAdult();
        assertThat(api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/return", plan(), "caseworker.conakry")
                .getStatus()).isEqualTo(404);
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/reintegration", null, "supervisor.conakry")
                .getStatus()).isEqualTo(404);
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/follow-ups", null, "coordinator.mali")
                .getStatus()).isEqualTo(403);
        assertThat(api(HttpMethod.GET, "/api/v1/tasks", null, "observer").getStatus()).isEqualTo(403);
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/return", null, "partner.dakar").getStatus())
                .isEqualTo(403);
        assertThat(count("case_return_plan", caseId)).isZero();
    }

    MockHttpServletResponse page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(as(username))).with(csrf())).andReturn().getResponse();
    }

    @Test
    void returnPageRefusesAChildsPlanWithoutApprovedDeterminationAndStoresNothing() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletResponse shown = page(get("/cases/" + caseId + "/return"), "caseworker.dakar");
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsString()).contains("return-gate").doesNotContain("return-form");
        MockHttpServletResponse refused = page(post("/cases/" + caseId + "/return").param("destinationCountry", "GN")
                .param("travelDate", LocalDate.now().plusDays(5).toString()), "caseworker.dakar");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("approved a best-interests determination");
        assertThat(count("case_return_plan", caseId)).isZero();

        determination(caseId, "RETURN_TO_FAMILY", "APPROVED");
        MockHttpServletResponse badCost = page(post("/cases/" + caseId + "/return").param("destinationCountry", "gn")
                .param("cost", "lots").param("currency", "XOF"), "caseworker.dakar");
        assertThat(badCost.getStatus()).isEqualTo(422);
        assertThat(badCost.getContentAsString()).contains("aria-invalid=\"true\"");
        assertThat(count("case_return_plan", caseId)).isZero();
        MockHttpServletResponse saved = page(post("/cases/" + caseId + "/return").param("destinationCountry", "gn")
                .param("route", "Dakar - Labé").param("cost", "1000").param("currency", "xof"), "caseworker.dakar");
        assertThat(saved.getStatus()).isEqualTo(302);
        MockHttpServletResponse plan = page(get("/cases/" + caseId + "/return"), "caseworker.dakar");
        assertThat(plan.getContentAsString()).contains("Pre-departure checklist").contains("Dakar - Labé")
                .contains("document-form");
    }

    @Test
    void tasksPageListsOverdueVisitsOfTheOfficeAndTheCheckIsScheduledWithDbScheduler() throws Exception {
        CaseId caseId = dakarAdult();
        walkToArrival(caseId, 45);
        alerts.raise();
        String number = jdbc.sql("select case_number from case_file where id = ?").param(caseId.value()).query(String.class)
                .single();
        MockHttpServletResponse tasks = page(get("/tasks"), "caseworker.dakar");
        assertThat(tasks.getStatus()).isEqualTo(200);
        assertThat(tasks.getContentAsString()).contains(number).contains("tasks-overdue");
        assertThat(page(get("/tasks"), "caseworker.conakry").getContentAsString()).doesNotContain(number);
        assertThat(page(get("/tasks"), "coordinator.mali").getStatus()).isEqualTo(403);
        MockHttpServletResponse visits = page(get("/cases/" + caseId + "/follow-ups"), "caseworker.dakar");
        assertThat(visits.getContentAsString()).contains("Overdue").contains("Alert raised");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'overdue-follow-ups'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reintegrationPageRefusesADisbursementOverBudget() throws Exception {
        CaseId caseId = dakarAdult();
        long provider = as("partner.dakar").organisationId();
        assertThat(page(post("/cases/" + caseId + "/reintegration").param("component", "VOCATIONAL_TRAINING")
                .param("provider", String.valueOf(provider)).param("budget", "500").param("currency", "XOF"),
                "caseworker.dakar").getStatus()).isEqualTo(302);
        long componentId = jdbc.sql("select id from case_reintegration_component where case_id = ?").param(caseId.value())
                .query(Long.class).single();
        MockHttpServletResponse over = page(post("/cases/" + caseId + "/reintegration/" + componentId
                + "/disbursements").param("amount", "501").param("paidOn", LocalDate.now().toString()),
                "caseworker.dakar");
        assertThat(over.getStatus()).isEqualTo(422);
        assertThat(over.getContentAsString()).contains("exceed the budget");
        assertThat(jdbc.sql("select count(*) from case_reintegration_disbursement where component_id = ?")
                .param(componentId).query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheReceivingOfficeConfirmsTheArrivalAndItSeesOnlyTheHandover() throws Exception {
        CaseId caseId = dakarChild();
        determination(caseId, "RETURN_TO_FAMILY", "APPROVED");
        String base = "/api/v1/cases/" + caseId + "/return";
        assertThat(api(HttpMethod.PUT, base, plan(), "caseworker.dakar").getStatus()).isEqualTo(200);
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/handover", null, "caseworker.conakry")
                .getContentAsString()).contains("\"receiving\":true").contains("\"status\":\"PLANNED\"");
        jdbc.sql("""
                insert into case_return_document (case_id, kind, status, issuing_authority, requested_on, issued_on)
                values (?, 'LAISSEZ_PASSER', 'ISSUED', 'Consulate', current_date - 5, current_date - 2)""")
                .param(caseId.value()).update();
        jdbc.sql("update case_return_plan set checklist = '{CHILD_CONSULTED,FAMILY_INFORMED,RECEIVING_OFFICE_CONFIRMED,"
                + "MEDICAL_CLEARANCE,ESCORT_BRIEFED,TRAVEL_DOCUMENTS_READY}' where case_id = ?").param(caseId.value()).update();
        assertThat(api(HttpMethod.POST, base + "/departure", "{\"departedOn\":\"" + LocalDate.now() + "\"}",
                "caseworker.conakry").getStatus()).isEqualTo(404);
        assertThat(api(HttpMethod.POST, base + "/departure", "{\"departedOn\":\"" + LocalDate.now() + "\"}",
                "caseworker.dakar").getStatus()).isEqualTo(204);
        String arrival = """
                {"arrivedOn":"%s","place":"Conakry airport","personsPresent":"Aunt"}""".formatted(LocalDate.now());
        MockHttpServletResponse bySender = api(HttpMethod.POST, base + "/arrival", arrival, "caseworker.dakar");
        assertThat(bySender.getStatus()).isEqualTo(409);
        assertThat(bySender.getContentAsString()).contains("receiving office");

        MockHttpServletResponse handoverPage = page(get("/cases/" + caseId + "/handover"), "supervisor.conakry");
        assertThat(handoverPage.getStatus()).isEqualTo(200);
        assertThat(handoverPage.getContentAsString()).contains("arrival-form").doesNotContain("Mamadou");
        for (String other : List.of("/cases/" + caseId, "/cases/" + caseId + "/return",
                "/cases/" + caseId + "/reintegration", "/cases/" + caseId + "/follow-ups")) {
            assertThat(page(get(other), "supervisor.conakry").getStatus()).as(other).isEqualTo(404);
        }
        assertThat(api(HttpMethod.GET, base, null, "caseworker.conakry").getStatus()).isEqualTo(404);
        assertThat(page(get("/tasks"), "caseworker.conakry").getContentAsString()).contains("tasks-incoming");
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/handover", null, "partner.dakar").getStatus())
                .isEqualTo(403);

        assertThat(page(post("/cases/" + caseId + "/handover/arrival").param("arrivedOn", LocalDate.now().toString())
                .param("place", "Conakry airport").param("personsPresent", "Aunt, IOM officer"), "supervisor.conakry")
                .getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select status from case_return_plan where case_id = ?").param(caseId.value()).query(String.class)
                .single()).isEqualTo("ARRIVED");
        assertThat(count("case_follow_up_visit", caseId)).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RETURN_ARRIVED' and target_id = ?"
                + " and actor = 'supervisor.conakry'").param(String.valueOf(caseId.value())).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void journeyPagesRenderAtArrivalAsPagesAndFragmentsAndViewsAreAudited() throws Exception {
        CaseId caseId = dakarAdult();
        walkToArrival(caseId, 40);
        long provider = as("partner.dakar").organisationId();
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/reintegration", """
                {"component":"INCOME_GENERATING_ACTIVITY","providerOrgId":%d,"budget":"300","currency":"GNF"}"""
                .formatted(provider), "caseworker.dakar").getStatus()).isEqualTo(201);
        MockHttpServletResponse plan = page(get("/cases/" + caseId + "/return"), "caseworker.dakar");
        assertThat(plan.getStatus()).isEqualTo(200);
        assertThat(plan.getContentAsString()).contains("Arrived on").contains("Mother, uncle, IOM Conakry officer")
                .doesNotContain("return-form").doesNotContain("departure-form");
        MockHttpServletResponse fragment = page(get("/cases/" + caseId + "/reintegration").header("HX-Request", "true"),
                "caseworker.dakar");
        assertThat(fragment.getStatus()).isEqualTo(200);
        assertThat(fragment.getContentAsString()).contains("Income-generating activity").doesNotContain("<html");
        MockHttpServletResponse visits = page(get("/cases/" + caseId + "/follow-ups"), "supervisor.dakar");
        assertThat(visits.getContentAsString()).contains("1 month after return").contains("12 months after return").contains("Record the visit");
        MockHttpServletResponse handover = page(get("/cases/" + caseId + "/handover"), "caseworker.dakar");
        assertThat(handover.getStatus()).isEqualTo(200);
        assertThat(handover.getContentAsString()).contains("Labé bus station").doesNotContain("arrival-form");
        // each page is one view, named by its part
        assertThat(jdbc.sql("select details from audit_entry where action = 'CASE_VIEWED' and target_id = ?"
                + " order by id").param(String.valueOf(caseId.value())).query(String.class).list())
                .containsSubsequence("via=return", "via=reintegration", "via=follow-ups", "via=handover");
        MockHttpServletResponse caseCare = page(get("/cases/" + caseId), "caseworker.dakar");
        assertThat(caseCare.getContentAsString()).contains("/cases/" + caseId + "/follow-ups");
    }

    @Test
    void twoDisbursementsAtOnceCannotTogetherExceedTheBudget() throws Exception {
        CaseId caseId = dakarAdult();
        long provider = as("partner.dakar").organisationId();
        String base = "/api/v1/cases/" + caseId + "/reintegration";
        assertThat(api(HttpMethod.POST, base, """
                {"component":"HEALTH","providerOrgId":%d,"budget":"100","currency":"XOF"}""".formatted(provider),
                "caseworker.dakar").getStatus()).isEqualTo(201);
        long componentId = jdbc.sql("select id from case_reintegration_component where case_id = ?").param(caseId.value())
                .query(Long.class).single();
        String pay = "{\"amount\":\"60\",\"paidOn\":\"" + LocalDate.now() + "\"}";
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (String who : List.of("caseworker.dakar", "supervisor.dakar")) {
                calls.add(clients.submit(() -> {
                    start.await();
                    return api(HttpMethod.POST, base + "/" + componentId + "/disbursements", pay, who).getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        assertThat(jdbc.sql("select sum(amount) from case_reintegration_disbursement where component_id = ?")
                .param(componentId).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("60");
    }

    @Test
    void journeyOperationsAreInTheOpenApiDocument() throws Exception {
        String doc = page(get("/v3/api-docs"), "caseworker.dakar").getContentAsString();
        assertThat(doc).contains("/api/v1/cases/{caseId}/return/arrival").contains("/api/v1/cases/{caseId}/reintegration")
                .contains("/api/v1/cases/{caseId}/follow-ups/{visitId}").contains("/api/v1/tasks")
                .contains("Return and reintegration");
    }

    @Test
    void demoReturnsCoverEveryStageWithAnOverdueAlertedVisit() {
        List<String> statuses = jdbc.sql("select distinct status from case_return_plan").query(String.class).list();
        assertThat(statuses).contains("PLANNED", "DEPARTED", "ARRIVED");
        // the demo's own cases only (the first 300): other tests write plans for the cases they create
        assertThat(jdbc.sql("select count(*) from case_return_plan p join case_file c on c.id = p.case_id"
                + " where c.id in (select id from case_file order by id limit 300) and c.is_child and not exists (select 1 from case_bi_determination d where d.case_id = c.id"
                + " and d.status = 'APPROVED' and d.decision = 'RETURN_TO_FAMILY')").query(Long.class).single())
                .as("no child's return without an approved determination").isZero();
        assertThat(jdbc.sql("select count(*) from follow_up_alert").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from case_reintegration_component where status = 'COMPLETED'")
                .query(Long.class).single()).isPositive();
    }
}
