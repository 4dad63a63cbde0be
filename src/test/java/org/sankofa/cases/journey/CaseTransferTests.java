package org.sankofa.cases.journey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.protection.NameSearchKeys;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The cross-border transfer of a case: consent, who requests, who answers, and what each office may do after. */
@SankofaTest
class CaseTransferTests extends TransferTestSupport {

    @Autowired
    NameSearchKeys nameKeys;

    String conakry() {
        return String.valueOf(office("GN-CKY"));
    }

    @Test
    void noTransferWithoutCrossBorderConsent() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletResponse api = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers",
                "{\"toOfficeId\": " + conakry() + ", \"reason\": \"Family found\"}", "supervisor.dakar");
        assertThat(api.getStatus()).isEqualTo(422);
        assertThat(api.getContentType()).contains("application/problem+json");
        assertThat(api.getContentAsString()).contains("consent").contains("cross-border sharing");

        MockHttpServletResponse page = perform(post("/cases/" + caseId + "/transfer").param("toOffice", conakry())
                .param("reason", "Family found"), "supervisor.dakar");
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("A transfer needs an active consent to cross-border sharing.");
        assertThat(count("case_transfer", caseId)).isZero();
        assertThat(audits("TRANSFER_REQUESTED", caseId)).isZero();

        crossBorderConsent(caseId);
        requestTransferToConakry(caseId);
        assertThat(count("case_transfer", caseId)).isEqualTo(1);
        assertThat(audits("TRANSFER_REQUESTED", caseId)).isEqualTo(1);
    }

    @Test
    void onlyASupervisorOfTheOwningOfficeRequestsATransferToAnotherCountry() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        String body = "{\"toOfficeId\": " + conakry() + ", \"reason\": \"Family found\"}";
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers", body, "caseworker.dakar")
                .getStatus()).isEqualTo(403);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers", body, "supervisor.conakry")
                .getStatus()).isEqualTo(404);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers",
                "{\"toOfficeId\": " + office("SN-DKR") + ", \"reason\": \"x\"}", "supervisor.dakar").getStatus())
                .isEqualTo(422);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers", "{\"toOfficeId\": \"abc\"}",
                "supervisor.dakar").getStatus()).isEqualTo(400);
        assertThat(count("case_transfer", caseId)).isZero();
    }

    @Test
    void onlyTheReceivingSupervisorAcceptsAndTheCaseAndItsNameIndexMoveWithIt() throws Exception {
        String family = "Kouyatransfer" + System.nanoTime();
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Fatoumata", family);
        for (long key : nameKeys.keysFor("Fatoumata " + family)) {
            jdbc.sql("insert into case_name_key (name_key, office_id, case_id) values (?, ?, ?) on conflict do nothing")
                    .params(key, office("SN-DKR"), caseId.value()).update();
        }
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        String accept = "/api/v1/cases/" + caseId + "/transfers/" + transferId + "/approve";

        assertThat(api(HttpMethod.POST, accept, null, "supervisor.dakar").getStatus()).isEqualTo(404);
        assertThat(perform(post("/transfers/" + transferId + "/approve"), "supervisor.dakar").getStatus())
                .isEqualTo(404);
        assertThat(api(HttpMethod.POST, accept, null, "caseworker.conakry").getStatus()).isEqualTo(403);
        assertThat(api(HttpMethod.POST, accept, null, "caseworker.dakar").getStatus()).isEqualTo(403);
        assertThat(api(HttpMethod.POST, accept, null, "partner.dakar").getStatus()).isEqualTo(403);
        assertThat(caseOffice(caseId)).isEqualTo(office("SN-DKR"));

        MockHttpServletResponse incoming = perform(get("/transfers"), "supervisor.conakry");
        assertThat(incoming.getContentAsString()).contains("transfer-" + transferId);

        MockHttpServletResponse accepted = perform(post("/transfers/" + transferId + "/approve"), "supervisor.conakry");
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(caseOffice(caseId)).isEqualTo(office("GN-CKY"));
        assertThat(jdbc.sql("select count(*) from case_name_key where case_id = ? and office_id <> ?")
                .params(caseId.value(), office("GN-CKY")).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from case_name_key where case_id = ?").param(caseId.value()).query(Long.class)
                .single()).isPositive();
        assertThat(api(HttpMethod.GET, "/api/v1/cases?q=Fatoumata+" + family, null, "caseworker.conakry")
                .getContentAsString()).contains("\"id\":" + caseId);
        assertThat(audits("TRANSFER_ACCEPTED", caseId)).isEqualTo(1);
        // both offices hear of it once the acceptance has committed (an after-commit listener), and the supervisor
        // who asked for it on their own
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("select count(*) from"
                + " office_notification n join case_file c on c.case_number = n.case_number"
                + " where c.id = ? and n.kind = 'TRANSFER_ACCEPTED' and n.recipient_id is null").param(caseId.value())
                .query(Long.class).single()).isEqualTo(2));
        assertThat(jdbc.sql("select count(*) from office_notification n join case_file c on c.case_number ="
                + " n.case_number where c.id = ? and n.kind = 'TRANSFER_ACCEPTED' and n.recipient_id = ?")
                .params(caseId.value(), as("supervisor.dakar").id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void afterAcceptanceTheSendingOfficeReadsButCannotEditAndTheReceivingOfficeDoes() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        assertThat(perform(get("/cases/" + caseId), "caseworker.conakry").getStatus()).isEqualTo(404);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers/" + transferId + "/approve", null,
                "supervisor.conakry").getStatus()).isEqualTo(204);

        List<String> sections = List.of("consents", "assessments", "services", "referrals", "notes", "attachments",
                "closure", "tracing", "transfer");
        MockHttpServletResponse casePage = perform(get("/cases/" + caseId), "caseworker.dakar");
        assertThat(casePage.getStatus()).isEqualTo(200);
        assertThat(casePage.getContentAsString()).contains("case-read-only").doesNotContain("id=\"edit-case\"");
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId, null, "caseworker.dakar").getStatus())
                .isEqualTo(200);
        for (String section : sections) {
            MockHttpServletResponse read = perform(get("/cases/" + caseId + "/" + section), "caseworker.dakar");
            assertThat(read.getStatus()).as("Dakar reads " + section).isEqualTo(200);
        }
        assertThat(perform(get("/cases/" + caseId + "/notes"), "caseworker.dakar").getContentAsString())
                .contains("no longer change it").doesNotContain("id=\"note-form\"");
        assertThat(perform(get("/cases/" + caseId + "/tracing"), "caseworker.dakar").getContentAsString())
                .contains("no longer change it").doesNotContain("id=\"tracing-form\"");

        List<String> edits = List.of("/cases/" + caseId + "/consents", "/cases/" + caseId + "/assessments/needs",
                "/cases/" + caseId + "/assessments/risk", "/cases/" + caseId + "/services",
                "/cases/" + caseId + "/referrals", "/cases/" + caseId + "/notes",
                "/cases/" + caseId + "/closure/close", "/cases/" + caseId + "/closure/reopen",
                "/cases/" + caseId + "/tracing", "/cases/" + caseId + "/consents/1/withdraw", "/cases/" + caseId);
        for (String edit : edits) {
            for (String who : List.of("caseworker.dakar", "supervisor.dakar")) {
                assertThat(perform(post(edit).param("body", "A note").param("version", "0"), who).getStatus())
                        .as(who + " POST " + edit).isEqualTo(403);
            }
        }
        assertThat(perform(get("/cases/" + caseId + "/edit"), "caseworker.dakar").getStatus()).isEqualTo(403);
        assertThat(perform(multipart("/cases/" + caseId + "/attachments").file(new MockMultipartFile("file", "a.pdf",
                "application/pdf", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII))), "caseworker.dakar")
                .getStatus()).isEqualTo(403);
        for (String api : List.of("consents", "assessments/needs", "assessments/risk", "services", "referrals",
                "notes", "closure", "reopening", "tracing-requests")) {
            assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/" + api, "{}", "caseworker.dakar")
                    .getStatus()).as("API POST " + api).isEqualTo(403);
        }
        assertThat(api(HttpMethod.PUT, "/api/v1/cases/" + caseId, "{}", "caseworker.dakar").getStatus())
                .isEqualTo(403);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers",
                "{\"toOfficeId\": " + office("ML-BKO") + ", \"reason\": \"x\"}", "supervisor.dakar").getStatus())
                .isEqualTo(403);
        assertThat(count("case_note", caseId)).isZero();

        MockHttpServletResponse conakryPage = perform(get("/cases/" + caseId), "caseworker.conakry");
        assertThat(conakryPage.getStatus()).isEqualTo(200);
        assertThat(conakryPage.getContentAsString()).contains("id=\"edit-case\"").doesNotContain("case-read-only");
        MockHttpServletResponse note = perform(post("/cases/" + caseId + "/notes").param("body", "Arrived safely"),
                "caseworker.conakry");
        assertThat(note.getStatus()).isEqualTo(302);
        assertThat(count("case_note", caseId)).isEqualTo(1);
        assertThat(perform(get("/cases/" + caseId + "/notes"), "caseworker.conakry").getContentAsString())
                .contains("Arrived safely");
        assertThat(perform(get("/cases/" + caseId + "/notes"), "caseworker.dakar").getContentAsString())
                .as("the former office reads the history up to the transfer only").doesNotContain("Arrived safely");
    }

    @Test
    void theSendingOfficeListsAndCountsTheCasesItTransferredAwayInOrderOnEveryPage() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers/" + transferId + "/approve", null,
                "supervisor.conakry").getStatus()).isEqualTo(204);
        String day = java.time.LocalDate.now().minusDays(3).toString();
        List<Long> inScope = jdbc.sql("""
                select id from case_file c where c.identified_on = cast(? as date) and (c.office_id = ? or c.id in (
                  select case_id from case_transfer where from_office_id = ? and status = 'ACCEPTED'))""")
                .params(day, office("SN-DKR"), office("SN-DKR")).query(Long.class).list();
        assertThat(inScope).contains(caseId.value());

        for (String sort : List.of("date", "number")) {
            String filters = "from=" + day + "&to=" + day + "&sort=" + sort;
            List<Long> listed = new java.util.ArrayList<>();
            String cursor = null;
            do {
                String body = api(HttpMethod.GET, "/api/v1/cases?size=3&" + filters
                        + (cursor == null ? "" : "&cursor=" + cursor), null, "caseworker.dakar").getContentAsString();
                List<Number> ids = com.jayway.jsonpath.JsonPath.read(body, "$.items[*].id");
                ids.forEach(id -> listed.add(id.longValue()));
                cursor = com.jayway.jsonpath.JsonPath.read(body, "$.next");
            } while (cursor != null);
            assertThat(listed).as(sort).containsExactlyInAnyOrderElementsOf(inScope);
            if (sort.equals("date")) {
                // one day: newest id first, across the office's own cases and the transferred ones
                assertThat(listed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            }
            String counted = api(HttpMethod.GET, "/api/v1/cases?size=3&count=true&" + filters, null,
                    "caseworker.dakar").getContentAsString();
            assertThat(((Number) com.jayway.jsonpath.JsonPath.read(counted, "$.total")).longValue())
                    .isEqualTo(inScope.size());
        }
    }

    @Test
    void aRejectedTransferChangesNothing() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        MockHttpServletResponse withoutReason = perform(post("/transfers/" + transferId + "/reject"),
                "supervisor.conakry");
        assertThat(withoutReason.getStatus()).isEqualTo(422);
        assertThat(withoutReason.getContentAsString()).contains("reject-note-" + transferId + "-error");
        MockHttpServletResponse apiWithoutReason = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers/"
                + transferId + "/reject", "{\"note\": \" \"}", "supervisor.conakry");
        assertThat(apiWithoutReason.getStatus()).isEqualTo(422);
        assertThat(apiWithoutReason.getContentAsString()).contains("\"note\"");
        assertThat(jdbc.sql("select status from case_transfer where id = ?").param(transferId).query(String.class)
                .single()).isEqualTo("REQUESTED");

        MockHttpServletResponse rejected = perform(post("/transfers/" + transferId + "/reject")
                .param("note", "No capacity this month"), "supervisor.conakry");
        assertThat(rejected.getStatus()).isEqualTo(302);
        assertThat(caseOffice(caseId)).isEqualTo(office("SN-DKR"));
        assertThat(jdbc.sql("select count(*) from case_name_key where case_id = ? and office_id <> ?")
                .params(caseId.value(), office("SN-DKR")).query(Long.class).single()).isZero();
        assertThat(audits("TRANSFER_REJECTED", caseId)).isEqualTo(1);
        assertThat(perform(get("/cases/" + caseId), "caseworker.conakry").getStatus()).isEqualTo(404);
        assertThat(perform(post("/cases/" + caseId + "/notes").param("body", "Still here"), "caseworker.dakar")
                .getStatus()).isEqualTo(302);
        assertThat(perform(get("/cases/" + caseId + "/transfer"), "supervisor.dakar").getContentAsString())
                .contains("No capacity this month").doesNotContain("no longer change it");
    }

    @Test
    void illegalTransitionsAreConflicts() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/transfers",
                "{\"toOfficeId\": " + conakry() + ", \"reason\": \"again\"}", "supervisor.dakar").getStatus())
                .isEqualTo(409);
        String base = "/api/v1/cases/" + caseId + "/transfers/" + transferId;
        assertThat(api(HttpMethod.POST, base + "/approve", null, "supervisor.conakry").getStatus()).isEqualTo(204);
        assertThat(api(HttpMethod.POST, base + "/approve", null, "supervisor.conakry").getStatus()).isEqualTo(409);
        assertThat(api(HttpMethod.POST, base + "/reject", "{\"note\": \"too late\"}", "supervisor.conakry")
                .getStatus()).isEqualTo(409);
        assertThat(perform(post("/transfers/" + transferId + "/approve"), "supervisor.conakry").getStatus())
                .isEqualTo(409);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + (caseId.value() + 1000000) + "/transfers/" + transferId
                + "/approve", null, "supervisor.conakry").getStatus()).isEqualTo(404);
        assertThat(audits("TRANSFER_ACCEPTED", caseId)).isEqualTo(1);
    }

    @Test
    void rolesWithoutCaseAccessAreRefusedTransfersAndTracing() throws Exception {
        for (String who : List.of("coordinator.mali", "mne", "observer", "partner.dakar")) {
            assertThat(perform(get("/tracing"), who).getStatus()).as(who).isEqualTo(403);
            assertThat(perform(get("/transfers"), who).getStatus()).as(who).isEqualTo(403);
            assertThat(api(HttpMethod.GET, "/api/v1/tracing-requests", null, who).getStatus()).as(who)
                    .isEqualTo(403);
        }
        assertThat(perform(get("/transfers"), "caseworker.dakar").getStatus()).isEqualTo(403);
    }

    @Test
    void theDemoHasTracingRequestsInEveryStatusAndPendingAcceptedAndRejectedTransfers() throws Exception {
        assertThat(jdbc.sql("select count(distinct status) from case_tracing_request").query(Long.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(distinct status) from case_transfer").query(Long.class).single())
                .isEqualTo(3);
        String page = perform(get("/transfers"), "supervisor.dakar").getContentAsString();
        assertThat(page).contains("Demo: the family was judged unsafe").contains("Rejected").contains("Accepted");
        assertThat(perform(get("/tracing"), "caseworker.conakry").getContentAsString()).contains("Unsafe to return");
    }

    @Test
    void aTransferCannotBeAcceptedOnceTheCrossBorderConsentIsWithdrawn() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        jdbc.sql("update case_consent set withdrawn_on = current_date where case_id = ?").param(caseId.value()).update();
        MockHttpServletResponse refused = perform(post("/transfers/" + transferId + "/approve"), "supervisor.conakry");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("consent to cross-border sharing was withdrawn");
        assertThat(caseOffice(caseId)).isEqualTo(office("SN-DKR"));
        assertThat(audits("TRANSFER_ACCEPTED", caseId)).isZero();
    }
}
