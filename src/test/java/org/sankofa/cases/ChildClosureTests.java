package org.sankofa.cases;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A child's case closes only with a reason (follow-ups not done) and a supervisor's approval. */
@SankofaTest
class ChildClosureTests extends DecisionTestSupport {

    String caseStatus(CaseId caseId) {
        return jdbc.sql("select status from case_file where id = ?").param(caseId.value()).query(String.class).single();
    }

    long requestClosure(CaseId caseId, String username) throws Exception {
        MockHttpServletResponse response = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure",
                "{\"reason\":\"REINTEGRATION_COMPLETED\",\"note\":\"Back at school in Labé, family stable\"}", username);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
        return jdbc.sql("select max(id) from case_closure_request where case_id = ?").param(caseId.value())
                .query(Long.class).single();
    }

    /**
     * Without JavaScript nothing asks in the browser: closing arrives unconfirmed, is answered with a page that asks
     * the form's question and sends the same fields again, and only that second request closes the case.
     */
    @Test
    void withoutJavaScriptClosingACaseAsksOnAPageOfItsOwnAndClosesOnlyOnYes() throws Exception {
        CaseId caseId = dakarAdult();
        String path = "/cases/" + caseId + "/closure/close";
        Element form = Jsoup.parse(perform(get("/cases/" + caseId + "/closure"), "caseworker.dakar")
                .getContentAsString()).getElementById("close-form");
        String question = form.attr("data-confirm");
        assertThat(question).startsWith("Close");
        assertThat(form.select("input[name=sankofa-confirm]").val()).isEqualTo(question);

        MockHttpServletResponse asked = perform(post(path).param("reason", "DeclinedFurtherAssistance")
                .param("note", "Chose to leave the programme").param("sankofa-confirm", question)
                .header("Referer", "http://localhost/cases/" + caseId + "/closure"), "caseworker.dakar");
        assertThat(asked.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(asked.getContentAsString());
        assertThat(page.getElementById("question").text()).isEqualTo(question);
        Element again = page.getElementById("confirmation-form");
        assertThat(again.attr("method")).isEqualTo("post");
        assertThat(again.attr("action")).isEqualTo(path);
        assertThat(again.select("input[name=reason]").val()).isEqualTo("DeclinedFurtherAssistance");
        assertThat(again.select("input[name=note]").val()).isEqualTo("Chose to leave the programme");
        assertThat(again.select("input[name=sankofa-confirmed]").val()).isEqualTo("yes");
        assertThat(again.select("input[name=_csrf]")).hasSize(1);
        assertThat(page.getElementById("cancel").attr("href")).isEqualTo("/cases/" + caseId + "/closure");
        assertThat(caseStatus(caseId)).isEqualTo("Active");
        assertThat(audits("CASE_CLOSED", caseId)).isZero();

        assertThat(perform(post(path).param("reason", "DeclinedFurtherAssistance")
                .param("note", "Chose to leave the programme").param("sankofa-confirmed", "yes"),
                "caseworker.dakar").getStatus()).isEqualTo(302);
        assertThat(caseStatus(caseId)).isEqualTo("Closed");
    }

    @Test
    void anHtmxRequestHasAskedAlreadyAndTheCancelLinkNeverLeavesTheSite() throws Exception {
        CaseId caseId = dakarAdult();
        String path = "/cases/" + caseId + "/closure/close";
        MockHttpServletResponse asked = perform(post(path).param("reason", "LostContact").param("note", "Moved away")
                .param("sankofa-confirm", "Close?").header("Referer", "https://elsewhere.example/cases"),
                "caseworker.dakar");
        assertThat(Jsoup.parse(asked.getContentAsString()).getElementById("cancel").attr("href")).isEqualTo("/");
        assertThat(caseStatus(caseId)).isEqualTo("Active");
        assertThat(perform(post(path).param("reason", "LostContact").param("note", "Moved away")
                .param("sankofa-confirm", "Close?").header("HX-Request", "true"), "caseworker.dakar").getStatus())
                .isLessThan(300);
        assertThat(caseStatus(caseId)).isEqualTo("Closed");
    }

    @Test
    void aChildsCaseClosesOnlyWhenASupervisorApprovesTheRequest() throws Exception {
        CaseId caseId = dakarChild();
        assertThat(perform(post("/cases/" + caseId + "/closure/close").param("reason", "ReintegrationCompleted")
                .param("note", "Back at school"), "caseworker.dakar").getStatus()).isEqualTo(302);
        assertThat(caseStatus(caseId)).isEqualTo("Active");
        assertThat(count("case_closure_event", caseId)).isZero();
        long request = jdbc.sql("select id from case_closure_request where case_id = ?").param(caseId.value())
                .query(Long.class).single();
        assertThat(audits("CLOSURE_REQUESTED", caseId)).isEqualTo(1);

        String page = perform(get("/cases/" + caseId + "/closure"), "supervisor.dakar").getContentAsString();
        assertThat(page).contains("closure-request-" + request).contains("Approve and close the case");

        assertThat(perform(post("/cases/" + caseId + "/closure/requests/" + request + "/approve"), "supervisor.dakar")
                .getStatus()).isEqualTo(302);
        assertThat(caseStatus(caseId)).isEqualTo("Closed");
        assertThat(status("case_closure_request", request)).isEqualTo("APPROVED");
        assertThat(count("case_closure_event", caseId)).isEqualTo(1);
        assertThat(audits("CLOSURE_APPROVED", caseId)).isEqualTo(1);
        assertThat(audits("CASE_CLOSED", caseId)).isEqualTo(1);
    }

    @Test
    void withoutFollowUpsDoneAChildsClosureNeedsAReason() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletResponse refused = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure",
                "{\"reason\":\"REINTEGRATION_COMPLETED\"}", "caseworker.dakar");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("follow-ups are not all done");
        MockHttpServletResponse page = perform(post("/cases/" + caseId + "/closure/close")
                .param("reason", "ReintegrationCompleted"), "caseworker.dakar");
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("aria-invalid=\"true\"");
        assertThat(count("case_closure_request", caseId)).isZero();
        assertThat(caseStatus(caseId)).isEqualTo("Active");
    }

    @Test
    void aCaseWorkerCannotApproveAClosure() throws Exception {
        CaseId caseId = dakarChild();
        long request = requestClosure(caseId, "caseworker.dakar");
        assertThat(perform(post("/cases/" + caseId + "/closure/requests/" + request + "/approve"), "caseworker.dakar")
                .getStatus()).isEqualTo(403);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure-requests/" + request + "/approve",
                null, "caseworker.dakar").getStatus()).isEqualTo(403);
        assertThat(caseStatus(caseId)).isEqualTo("Active");
        assertThat(status("case_closure_request", request)).isEqualTo("REQUESTED");
    }

    @Test
    void aSupervisorDoesNotApproveTheirOwnClosureRequest() throws Exception {
        CaseId caseId = dakarChild();
        long request = requestClosure(caseId, "supervisor.dakar");
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure-requests/" + request + "/approve",
                null, "supervisor.dakar").getStatus()).isEqualTo(403);
        assertThat(caseStatus(caseId)).isEqualTo("Active");
    }

    @Test
    void aSupervisorOfAnotherOfficeDoesNotFindTheClosureRequest() throws Exception {
        CaseId caseId = dakarChild();
        long request = requestClosure(caseId, "caseworker.dakar");
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure-requests/" + request + "/approve",
                null, "supervisor.conakry").getStatus()).isEqualTo(404);
        assertThat(perform(post("/cases/" + caseId + "/closure/requests/" + request + "/reject")
                .param("note", "no"), "supervisor.conakry").getStatus()).isEqualTo(404);
        assertThat(status("case_closure_request", request)).isEqualTo("REQUESTED");
    }

    @Test
    void aClosureRequestIsDecidedOnceAndOnlyOneWaitsAtATime() throws Exception {
        CaseId caseId = dakarChild();
        long request = requestClosure(caseId, "caseworker.dakar");
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure",
                "{\"reason\":\"LOST_CONTACT\",\"note\":\"again\"}", "caseworker.dakar").getStatus()).isEqualTo(409);
        MockHttpServletResponse noNote = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure-requests/"
                + request + "/reject", "{}", "supervisor.dakar");
        assertThat(noNote.getStatus()).isEqualTo(422);
        assertThat(noNote.getContentAsString()).contains("\"note\"");
        assertThat(status("case_closure_request", request)).isEqualTo("REQUESTED");
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure-requests/" + request + "/reject",
                "{\"note\":\"The 12-month visit is still to come\"}", "supervisor.dakar").getStatus())
                .isEqualTo(204);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure-requests/" + request + "/approve",
                null, "supervisor.dakar").getStatus()).isEqualTo(409);
        assertThat(perform(post("/cases/" + caseId + "/closure/requests/" + request + "/reject")
                .param("note", "again"), "supervisor.dakar").getStatus()).isEqualTo(409);
        assertThat(caseStatus(caseId)).isEqualTo("Active");
        assertThat(audits("CLOSURE_REJECTED", caseId)).isEqualTo(1);
        assertThat(audits("CASE_CLOSED", caseId)).isZero();
        // after a rejection, a new request may be made
        requestClosure(caseId, "caseworker.dakar");
    }

    @Test
    void anAdultsCaseStillClosesAtOnce() throws Exception {
        CaseId caseId = dakarAdult();
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure",
                "{\"reason\":\"REINTEGRATION_COMPLETED\",\"note\":\"Working again\"}", "caseworker.dakar").getStatus())
                .isEqualTo(204);
        assertThat(caseStatus(caseId)).isEqualTo("Closed");
        assertThat(count("case_closure_request", caseId)).isZero();
    }

    @Test
    void rolesWithoutCaseAccessCannotDecideClosures() throws Exception {
        CaseId caseId = dakarChild();
        long request = requestClosure(caseId, "caseworker.dakar");
        for (String username : List.of("admin", "coordinator.mali", "mne", "organiser", "observer",
                "partner.dakar")) {
            assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure-requests/" + request + "/approve",
                    null, username).getStatus()).as(username).isEqualTo(403);
            assertThat(perform(post("/cases/" + caseId + "/closure/requests/" + request + "/approve"), username)
                    .getStatus()).as(username).isEqualTo(403);
        }
        assertThat(status("case_closure_request", request)).isEqualTo("REQUESTED");
    }
}
