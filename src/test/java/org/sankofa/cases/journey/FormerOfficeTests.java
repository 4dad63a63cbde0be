package org.sankofa.cases.journey;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.support.SankofaTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * After a transfer: the office that sent the case reads its history up to the transfer and nothing the receiving
 * office recorded since; it still records the departure of the child it sends home, and the office the case was
 * transferred to confirms the arrival and takes over the follow-up visits.
 */
@SankofaTest
class FormerOfficeTests extends TransferTestSupport {

    @Test
    void theSendingOfficeReadsTheHistoryUpToTheTransferAndNothingRecordedSince() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        assertThat(perform(post("/cases/" + caseId + "/notes").param("body", "Found at the Sandaga market"),
                "caseworker.dakar").getStatus()).isEqualTo(302);
        accept(requestTransferToConakry(caseId));
        assertThat(perform(post("/cases/" + caseId + "/notes").param("body", "Family visited in Kindia"),
                "caseworker.conakry").getStatus()).isEqualTo(302);
        assertThat(perform(post("/cases/" + caseId + "/services").param("serviceType", "MEDICAL")
                .param("deliveredOn", LocalDate.now().toString()).param("provider", String.valueOf(organisation("IOM"))),
                "caseworker.conakry").getStatus()).isEqualTo(302);

        String dakarNotes = perform(get("/cases/" + caseId + "/notes"), "caseworker.dakar").getContentAsString();
        assertThat(dakarNotes).contains("Found at the Sandaga market").doesNotContain("Family visited in Kindia");
        assertThat(perform(get("/cases/" + caseId + "/notes"), "caseworker.conakry").getContentAsString())
                .contains("Found at the Sandaga market").contains("Family visited in Kindia");
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/services", null, "caseworker.dakar")
                .getContentAsString()).isEqualTo("[]");
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/services", null, "caseworker.conakry")
                .getContentAsString()).contains("MEDICAL");

        String dakarTimeline = perform(get("/cases/" + caseId + "/timeline"), "supervisor.dakar").getContentAsString();
        String conakryTimeline = perform(get("/cases/" + caseId + "/timeline"), "supervisor.conakry")
                .getContentAsString();
        assertThat(steps(dakarTimeline, "NOTE_ADDED")).isEqualTo(1);
        assertThat(steps(conakryTimeline, "NOTE_ADDED")).isEqualTo(2);
        assertThat(dakarTimeline).as("the transfer itself belongs to the history").contains("TRANSFER_ACCEPTED");

        jdbc.sql("update case_person set address = ? where case_id = ?")
                .params(cipher.encrypt("Quartier Demo-Hafia, Labé", "case_person.address"), caseId.value()).update();
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId, null, "caseworker.conakry").getContentAsString())
                .contains("Quartier Demo-Hafia");
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId, null, "caseworker.dakar").getContentAsString())
                .as("the former office does not learn where the child lives now").doesNotContain("Demo-Hafia")
                .contains("Mariama");
        assertThat(perform(get("/cases/" + caseId), "caseworker.dakar").getContentAsString())
                .doesNotContain("Demo-Hafia");
    }

    @Test
    void theFormerOfficeReadsEveryJourneySectionAndChangesNone() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        accept(requestTransferToConakry(caseId));
        for (String section : List.of("best-interests", "return", "reintegration", "follow-ups", "timeline")) {
            MockHttpServletResponse read = perform(get("/cases/" + caseId + "/" + section), "caseworker.dakar");
            assertThat(read.getStatus()).as("Dakar reads " + section).isEqualTo(200);
            assertThat(read.getContentAsString()).as(section).doesNotContain("<form method=\"post\" class=\"stacked\"");
        }
        for (String api : List.of("reintegration", "follow-ups", "best-interests/assessments",
                "best-interests/determinations", "timeline")) {
            assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/" + api, null, "supervisor.dakar")
                    .getStatus()).as("API GET " + api).isEqualTo(200);
        }
        assertThat(perform(post("/cases/" + caseId + "/reintegration").param("component", "RETURN_TO_SCHOOL")
                .param("provider", String.valueOf(organisation("IOM"))).param("budget", "100").param("currency", "GNF"), "caseworker.dakar")
                .getStatus()).isEqualTo(403);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/best-interests/assessments",
                "{\"assessedOn\":\"" + LocalDate.now() + "\",\"summary\":\"x\"}", "caseworker.dakar").getStatus())
                .isEqualTo(403);
        assertThat(api(HttpMethod.PUT, "/api/v1/cases/" + caseId + "/return", "{\"destinationCountry\":\"GN\"}",
                "caseworker.dakar").getStatus()).isEqualTo(403);
        assertThat(count("case_reintegration_component", caseId) + count("case_bi_assessment", caseId)
                + count("case_return_plan", caseId)).isZero();
    }

    @Test
    void afterTheTransferTheSendingOfficeRecordsTheDepartureAndTheNewOwnerConfirmsTheArrival() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        approvedReturnDetermination(caseId);
        String base = "/api/v1/cases/" + caseId + "/return";
        assertThat(api(HttpMethod.PUT, base, """
                {"destinationCountry":"GN","travelDate":"%s","route":"Dakar - Labé","escort":"Social worker",
                 "programme":"Return programme","cost":"100000","currency":"XOF"}""".formatted(LocalDate.now()),
                "supervisor.dakar").getStatus()).isEqualTo(200);
        accept(requestTransferToConakry(caseId));

        // the sending office still prepares the departure: documents and checklist
        MockHttpServletResponse document = api(HttpMethod.POST, base + "/documents", """
                {"kind":"LAISSEZ_PASSER","issuingAuthority":"Consulate of Guinea, Dakar","requestedOn":"%s"}"""
                .formatted(LocalDate.now().minusDays(3)), "caseworker.dakar");
        assertThat(document.getStatus()).as(document.getContentAsString()).isEqualTo(201);
        assertThat(api(HttpMethod.POST, base + "/documents", """
                {"kind":"PASSPORT","issuingAuthority":"x","requestedOn":"%s"}""".formatted(LocalDate.now()),
                "caseworker.conakry").getStatus()).as("the receiving office does not prepare the departure")
                .isEqualTo(403);
        long documentId = jdbc.sql("select max(id) from case_return_document where case_id = ?").param(caseId.value())
                .query(Long.class).single();
        assertThat(api(HttpMethod.POST, base + "/documents/" + documentId + "/issue",
                "{\"issuedOn\":\"" + LocalDate.now().minusDays(1) + "\"}", "caseworker.dakar").getStatus())
                .isEqualTo(204);
        assertThat(api(HttpMethod.PUT, base + "/checklist", """
                {"done":["CHILD_CONSULTED","FAMILY_INFORMED","RECEIVING_OFFICE_CONFIRMED","MEDICAL_CLEARANCE",
                         "ESCORT_BRIEFED","TRAVEL_DOCUMENTS_READY"]}""", "caseworker.dakar").getStatus())
                .isEqualTo(204);
        String departure = "{\"departedOn\":\"" + LocalDate.now() + "\"}";
        assertThat(api(HttpMethod.POST, base + "/departure", departure, "caseworker.conakry").getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/cases/" + caseId + "/return"), "caseworker.dakar").getContentAsString())
                .contains("id=\"departure-form\"").doesNotContain("id=\"return-form\"");
        assertThat(api(HttpMethod.POST, base + "/departure", departure, "caseworker.dakar").getStatus())
                .isEqualTo(204);

        // the office the case was transferred to receives the child, though the plan named no receiving office
        assertThat(perform(get("/tasks"), "caseworker.conakry").getContentAsString()).contains("tasks-incoming")
                .contains("/cases/" + caseId + "/handover");
        String arrival = """
                {"arrivedOn":"%s","place":"Labé","personsPresent":"Mother, IOM Conakry officer"}"""
                .formatted(LocalDate.now());
        assertThat(api(HttpMethod.POST, base + "/arrival", arrival, "caseworker.dakar").getStatus()).isEqualTo(409);
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/handover", null, "caseworker.dakar")
                .getContentAsString()).contains("\"receiving\":false").contains("IOM Conakry");
        MockHttpServletResponse arrived = api(HttpMethod.POST, base + "/arrival", arrival, "caseworker.conakry");
        assertThat(arrived.getStatus()).as(arrived.getContentAsString()).isEqualTo(204);
        assertThat(count("case_follow_up_visit", caseId)).isEqualTo(4);

        // the visits are the new owner's tasks: nobody there has the case yet, so every case worker sees them
        jdbc.sql("update case_follow_up_visit set due_on = current_date + 5 where case_id = ? and months_after_return = 1")
                .param(caseId.value()).update();
        assertThat(perform(get("/tasks"), "caseworker.conakry").getContentAsString())
                .contains("/cases/" + caseId + "/follow-ups");
        assertThat(perform(get("/tasks"), "caseworker.dakar").getContentAsString())
                .doesNotContain("/cases/" + caseId + "/follow-ups");
    }

    @Test
    void supervisorsSeeWhatIsOverdueInTheirOfficeAndCaseWorkersTheirOwnTasks() throws Exception {
        CaseId mine = dakarChild();
        CaseId colleagues = dakarChild();
        long caseworker = users.findByUsername("caseworker.dakar").orElseThrow().id();
        long supervisor = users.findByUsername("supervisor.dakar").orElseThrow().id();
        jdbc.sql("update case_file set assigned_to = ? where id = ?").params(caseworker, mine.value()).update();
        jdbc.sql("update case_file set assigned_to = ? where id = ?").params(supervisor, colleagues.value()).update();
        for (CaseId caseId : List.of(mine, colleagues)) {
            jdbc.sql("insert into case_follow_up_visit (case_id, months_after_return, due_on) values (?, 1, ?)")
                    .params(caseId.value(), LocalDate.now().minusDays(12)).update();
        }
        String mineNumber = number(mine);
        String colleaguesNumber = number(colleagues);

        MockHttpServletResponse overdue = perform(get("/tasks/overdue"), "supervisor.dakar");
        assertThat(overdue.getStatus()).isEqualTo(200);
        assertThat(overdue.getContentAsString()).contains(mineNumber).contains(colleaguesNumber)
                .contains("Awa Demo-Caseworker").contains("<td>12</td>");
        assertThat(perform(get("/tasks/overdue"), "supervisor.conakry").getContentAsString())
                .doesNotContain(mineNumber).doesNotContain(colleaguesNumber);
        assertThat(perform(get("/tasks/overdue"), "caseworker.dakar").getStatus()).isEqualTo(403);
        assertThat(perform(get("/tasks/overdue"), "observer").getStatus()).isEqualTo(403);

        String myTasks = perform(get("/tasks"), "caseworker.dakar").getContentAsString();
        assertThat(myTasks).contains(mineNumber).doesNotContain(colleaguesNumber);
        assertThat(api(HttpMethod.GET, "/api/v1/tasks?overdue=true", null, "caseworker.dakar").getContentAsString())
                .contains(mineNumber).doesNotContain(colleaguesNumber);
    }

    private void accept(long transferId) throws Exception {
        assertThat(perform(post("/transfers/" + transferId + "/approve"), "supervisor.conakry").getStatus())
                .isEqualTo(302);
    }

    private void approvedReturnDetermination(CaseId caseId) {
        jdbc.sql("""
                insert into case_bi_determination (case_id, decision, status, reasons, decided_at)
                values (?, 'RETURN_TO_FAMILY', 'APPROVED', ?, now())""")
                .params(caseId.value(), cipher.encrypt("Family found and assessed", "case_bi_determination.reasons"))
                .update();
    }

    private long organisation(String acronym) {
        return jdbc.sql("select min(id) from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    private String number(CaseId caseId) {
        return jdbc.sql("select case_number from case_file where id = ?").param(caseId.value()).query(String.class).single();
    }

    private static long steps(String html, String action) {
        return html.split("data-action=\"" + action + "\"", -1).length - 1L;
    }
}
