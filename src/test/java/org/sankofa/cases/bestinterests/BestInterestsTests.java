package org.sankofa.cases.bestinterests;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.DecisionTestSupport;
import org.sankofa.cases.bestinterests.internal.BestInterests;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Best interests of a child: assessment, then a determination requested and decided once by a supervisor. */
@SankofaTest
class BestInterestsTests extends DecisionTestSupport {

    @Autowired
    BestInterests bestInterests;

    long assess(CaseId caseId, String username) throws Exception {
        MockHttpServletResponse response = api(HttpMethod.POST, "/api/v1/cases/" + caseId
                + "/best-interests/assessments", """
                {"assessedOn":"%s","summary":"Mother and uncle in Labé want her back"}""".formatted(LocalDate.now()),
                username);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return jdbc.sql("select max(id) from case_bi_assessment where case_id = ?").param(caseId.value()).query(Long.class)
                .single();
    }

    long requestReturn(CaseId caseId, long assessmentId, String username) throws Exception {
        MockHttpServletResponse response = api(HttpMethod.POST, "/api/v1/cases/" + caseId
                + "/best-interests/determinations", """
                {"assessmentId":%d,"decision":"RETURN_TO_FAMILY","reasons":"Safe family, school nearby"}"""
                .formatted(assessmentId), username);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return jdbc.sql("select max(id) from case_bi_determination where case_id = ?").param(caseId.value())
                .query(Long.class).single();
    }

    String determinations(CaseId caseId) {
        return "/cases/" + caseId + "/best-interests/determinations/";
    }

    @Test
    void supervisorApprovesADeterminationRequestedByACaseWorkerAndTheReturnGateOpens() throws Exception {
        CaseId caseId = dakarChild();
        long assessment = assess(caseId, "caseworker.dakar");
        long determination = requestReturn(caseId, assessment, "caseworker.dakar");
        assertThat(bestInterests.returnApproved(caseId)).isFalse();

        assertThat(perform(post(determinations(caseId) + determination + "/approve").param("note", "Agreed"),
                "supervisor.dakar").getStatus()).isEqualTo(302);
        assertThat(status("case_bi_determination", determination)).isEqualTo("APPROVED");
        assertThat(bestInterests.returnApproved(caseId)).isTrue();
        assertThat(audits("BI_ASSESSED", caseId)).isEqualTo(1);
        assertThat(audits("BI_DETERMINATION_REQUESTED", caseId)).isEqualTo(1);
        assertThat(audits("BI_DETERMINATION_APPROVED", caseId)).isEqualTo(1);
        String page = perform(get("/cases/" + caseId + "/best-interests"), "caseworker.dakar").getContentAsString();
        assertThat(page).contains("Safe family, school nearby").contains("Approved");
        // the reasons are stored encrypted
        assertThat(jdbc.sql("select reasons from case_bi_determination where id = ?").param(determination)
                .query(String.class).single()).doesNotContain("school");
    }

    @Test
    void aCaseWorkerCanNeverApproveOrReject() throws Exception {
        CaseId caseId = dakarChild();
        long determination = requestReturn(caseId, assess(caseId, "caseworker.dakar"), "caseworker.dakar");
        assertThat(perform(post(determinations(caseId) + determination + "/approve"), "caseworker.dakar")
                .getStatus()).isEqualTo(403);
        assertThat(api(HttpMethod.POST, "/api/v1" + determinations(caseId) + determination + "/reject",
                "{\"note\":\"no\"}", "caseworker.dakar").getStatus()).isEqualTo(403);
        assertThat(status("case_bi_determination", determination)).isEqualTo("REQUESTED");
    }

    @Test
    void aSupervisorDoesNotDecideTheirOwnRequest() throws Exception {
        CaseId caseId = dakarChild();
        long determination = requestReturn(caseId, assess(caseId, "supervisor.dakar"), "supervisor.dakar");
        assertThat(api(HttpMethod.POST, "/api/v1" + determinations(caseId) + determination + "/approve", null,
                "supervisor.dakar").getStatus()).isEqualTo(403);
        assertThat(status("case_bi_determination", determination)).isEqualTo("REQUESTED");
        assertThat(bestInterests.returnApproved(caseId)).isFalse();
    }

    @Test
    void aSupervisorOfAnotherOfficeDoesNotFindTheCase() throws Exception {
        CaseId caseId = dakarChild();
        long determination = requestReturn(caseId, assess(caseId, "caseworker.dakar"), "caseworker.dakar");
        assertThat(api(HttpMethod.POST, "/api/v1" + determinations(caseId) + determination + "/approve", null,
                "supervisor.conakry").getStatus()).isEqualTo(404);
        assertThat(perform(post(determinations(caseId) + determination + "/reject").param("note", "x"),
                "supervisor.conakry").getStatus()).isEqualTo(404);
        assertThat(perform(get("/cases/" + caseId + "/best-interests"), "caseworker.conakry").getStatus())
                .isEqualTo(404);
        assertThat(status("case_bi_determination", determination)).isEqualTo("REQUESTED");
    }

    @Test
    void aDeterminationIsDecidedOnlyOnce() throws Exception {
        CaseId caseId = dakarChild();
        long determination = requestReturn(caseId, assess(caseId, "caseworker.dakar"), "caseworker.dakar");
        assertThat(api(HttpMethod.POST, "/api/v1" + determinations(caseId) + determination + "/reject",
                "{\"note\":\"The family could not be traced yet\"}", "supervisor.dakar").getStatus()).isEqualTo(204);
        assertThat(api(HttpMethod.POST, "/api/v1" + determinations(caseId) + determination + "/approve", null,
                "supervisor.dakar").getStatus()).isEqualTo(409);
        assertThat(perform(post(determinations(caseId) + determination + "/reject").param("note", "again"),
                "supervisor.dakar").getStatus()).isEqualTo(409);
        assertThat(status("case_bi_determination", determination)).isEqualTo("REJECTED");
        assertThat(bestInterests.returnApproved(caseId)).isFalse();
        assertThat(audits("BI_DETERMINATION_REJECTED", caseId)).isEqualTo(1);
        assertThat(audits("BI_DETERMINATION_APPROVED", caseId)).isZero();
    }

    @Test
    void onlyOneDeterminationWaitsForADecisionAtATime() throws Exception {
        CaseId caseId = dakarChild();
        long assessment = assess(caseId, "caseworker.dakar");
        requestReturn(caseId, assessment, "caseworker.dakar");
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/best-interests/determinations", """
                {"assessmentId":%d,"decision":"LOCAL_INTEGRATION","reasons":"Second thoughts"}"""
                .formatted(assessment), "caseworker.dakar").getStatus()).isEqualTo(409);
        assertThat(count("case_bi_determination", caseId)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithMessagesAndNothingIsStored() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletResponse future = api(HttpMethod.POST, "/api/v1/cases/" + caseId
                + "/best-interests/assessments", "{\"assessedOn\":\"" + LocalDate.now().plusDays(3)
                + "\",\"summary\":\" \"}", "caseworker.dakar");
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(future.getContentAsString()).contains("assessedOn").contains("future").contains("summary");
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/best-interests/assessments",
                "{\"assessedOn\":\"last week\"}", "caseworker.dakar").getStatus()).isEqualTo(400);
        MockHttpServletResponse page = perform(post("/cases/" + caseId + "/best-interests/assessments")
                .param("assessedOn", "2026-13-45").param("summary", "x"), "caseworker.dakar");
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("aria-invalid=\"true\"");
        assertThat(count("case_bi_assessment", caseId)).isZero();

        CaseId otherCase = dakarChild();
        long foreignAssessment = assess(otherCase, "caseworker.dakar");
        MockHttpServletResponse wrong = api(HttpMethod.POST, "/api/v1/cases/" + caseId
                + "/best-interests/determinations", """
                {"assessmentId":%d,"reasons":""}""".formatted(foreignAssessment), "caseworker.dakar");
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("assessmentId").contains("decision").contains("reasons");
        assertThat(perform(post("/cases/" + caseId + "/best-interests/determinations").param("decision", "ELSEWHERE")
                .param("reasons", "r"), "caseworker.dakar").getStatus()).isEqualTo(422);
        long determination = requestReturn(otherCase, foreignAssessment, "caseworker.dakar");
        MockHttpServletResponse noNote = api(HttpMethod.POST, "/api/v1" + determinations(otherCase) + determination
                + "/reject", "{}", "supervisor.dakar");
        assertThat(noNote.getStatus()).isEqualTo(422);
        assertThat(count("case_bi_determination", caseId)).isZero();
        assertThat(status("case_bi_determination", determination)).isEqualTo("REQUESTED");
        assertThat(audits("BI_ASSESSED", caseId)).isZero();
    }

    @Test
    void anAdultsCaseHasNoBestInterestsDetermination() throws Exception {
        CaseId caseId = dakarAdult();
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/best-interests/assessments",
                "{\"assessedOn\":\"" + LocalDate.now() + "\",\"summary\":\"s\"}", "caseworker.dakar").getStatus())
                .isEqualTo(409);
        assertThat(count("case_bi_assessment", caseId)).isZero();
    }

    @Test
    void rolesWithoutCaseAccessAreRefusedAndPartnersMayNotSeeIt() throws Exception {
        CaseId caseId = dakarChild();
        for (String username : List.of("admin", "coordinator.mali", "coordinator.ecowas", "mne", "organiser",
                "observer")) {
            assertThat(perform(get("/cases/" + caseId + "/best-interests"), username).getStatus()).as(username)
                    .isEqualTo(403);
            assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/best-interests/determinations", null,
                    username).getStatus()).as(username).isEqualTo(403);
            assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/best-interests/assessments",
                    "{}", username).getStatus()).as(username).isEqualTo(403);
        }
        assertThat(perform(get("/cases/" + caseId + "/best-interests"), "partner.dakar").getStatus()).isEqualTo(403);
        assertThat(count("case_bi_assessment", caseId)).isZero();
    }

    @Test
    void theOperationsAreInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/cases/{caseId}/best-interests/assessments")
                .contains("/api/v1/cases/{caseId}/best-interests/determinations/{determinationId}/{outcome}")
                .contains("/api/v1/cases/{caseId}/closure-requests/{requestId}/{outcome}")
                .contains("\"enum\":[\"approve\",\"reject\"]")
                .contains("/api/v1/cases/{caseId}/timeline").contains("Case decisions");
    }

    @Test
    void thePageOffersTheDecisionOnlyToASupervisorWhoDidNotRequestIt() throws Exception {
        CaseId caseId = dakarChild();
        String empty = perform(get("/cases/" + caseId + "/best-interests"), "caseworker.dakar").getContentAsString();
        assertThat(empty).contains("bi-assessment-form").doesNotContain("bi-determination-form");
        assertThat(perform(post("/cases/" + caseId + "/best-interests/assessments")
                .param("assessedOn", LocalDate.now().toString()).param("summary", "Talked with the child"),
                "caseworker.dakar").getStatus()).isEqualTo(302);
        long assessment = jdbc.sql("select id from case_bi_assessment where case_id = ?").param(caseId.value())
                .query(Long.class).single();
        assertThat(perform(post("/cases/" + caseId + "/best-interests/determinations")
                .param("assessmentId", String.valueOf(assessment)).param("decision", "RETURN_TO_FAMILY")
                .param("reasons", "Family traced"), "caseworker.dakar").getStatus()).isEqualTo(302);
        String worker = perform(get("/cases/" + caseId + "/best-interests"), "caseworker.dakar").getContentAsString();
        assertThat(worker).contains("Awaiting a supervisor").doesNotContain("/approve")
                .doesNotContain("bi-determination-form");
        String supervisor = perform(get("/cases/" + caseId + "/best-interests").header("HX-Request", "true"),
                "supervisor.dakar").getContentAsString();
        assertThat(supervisor).contains("/approve").contains("/reject").contains("hx-confirm");
    }

    @Test
    void twoSimultaneousRequestsGiveOneDeterminationAndAConflict() throws Exception {
        CaseId caseId = dakarChild();
        long assessment = assess(caseId, "caseworker.dakar");
        String body = """
                {"assessmentId":%d,"decision":"RETURN_TO_FAMILY","reasons":"Both at once"}""".formatted(assessment);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String username : List.of("caseworker.dakar", "supervisor.dakar")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/best-interests/determinations", body,
                            username).getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("case_bi_determination", caseId)).isEqualTo(1);
    }
}
