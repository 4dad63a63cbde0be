package org.sankofa.cases.journey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.support.SankofaTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Family tracing: the origin office sees the request — never the case before a transfer — and records the outcome. */
@SankofaTest
class FamilyTracingTests extends TransferTestSupport {

    long sendTracing(CaseId caseId, String familyNames) throws Exception {
        MockHttpServletResponse sent = perform(post("/cases/" + caseId + "/tracing")
                .param("toOffice", String.valueOf(office("GN-CKY"))).param("familyNames", familyNames)
                .param("village", "Kindia-Village").param("region", "Kindia").param("languages", "Pular, French"),
                "caseworker.dakar");
        assertThat(sent.getStatus()).isEqualTo(302);
        return jdbc.sql("select max(id) from case_tracing_request where case_id = ?").param(caseId.value())
                .query(Long.class).single();
    }

    String caseNumber(CaseId caseId) {
        return jdbc.sql("select case_number from case_file where id = ?").param(caseId.value()).query(String.class).single();
    }

    @Test
    void aPhotoTravelsWithTheTracingRequestOnlyWithCrossBorderConsent() throws Exception {
        CaseId caseId = dakarChild();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        assertThat(perform(multipart("/cases/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", "face.jpg", "image/jpeg", jpeg)), "caseworker.dakar").getStatus())
                .isEqualTo(302);
        assertThat(perform(multipart("/cases/" + caseId + "/attachments").file(new MockMultipartFile("file",
                "report.pdf", "application/pdf", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII))),
                "caseworker.dakar").getStatus()).isEqualTo(302);
        long photo = jdbc.sql("select id from case_attachment where case_id = ? and content_type = 'image/jpeg'")
                .param(caseId.value()).query(Long.class).single();
        long pdf = jdbc.sql("select id from case_attachment where case_id = ? and content_type = 'application/pdf'")
                .param(caseId.value()).query(Long.class).single();
        String send = "/cases/" + caseId + "/tracing";

        MockHttpServletResponse withoutConsent = perform(post(send).param("toOffice", String.valueOf(office("GN-CKY")))
                .param("familyNames", "Demo-Bah").param("photo", String.valueOf(photo)), "caseworker.dakar");
        assertThat(withoutConsent.getStatus()).isEqualTo(422);
        assertThat(withoutConsent.getContentAsString())
                .contains("A photo may be shared only with an active consent to cross-border sharing.");
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/tracing-requests", """
                {"toOfficeId": %d, "familyNames": "Demo-Bah", "photoAttachmentId": %d}"""
                .formatted(office("GN-CKY"), pdf), "caseworker.dakar").getStatus()).as("a PDF is no photo")
                .isEqualTo(422);
        assertThat(count("case_tracing_request", caseId)).isZero();

        crossBorderConsent(caseId);
        MockHttpServletResponse sent = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/tracing-requests", """
                {"toOfficeId": %d, "familyNames": "Demo-Bah", "photoAttachmentId": %d}"""
                .formatted(office("GN-CKY"), photo), "caseworker.dakar");
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(201);
        long requestId = jdbc.sql("select id from case_tracing_request where case_id = ?").param(caseId.value())
                .query(Long.class).single();

        assertThat(perform(get("/tracing/" + requestId), "caseworker.conakry").getContentAsString())
                .contains("/tracing/" + requestId + "/photo");
        MockHttpServletResponse image = perform(get("/tracing/" + requestId + "/photo"), "caseworker.conakry");
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).isEqualTo("image/jpeg");
        assertThat(image.getContentAsByteArray()).isEqualTo(jpeg);
        assertThat(image.getHeader("Cache-Control")).contains("no-store");
        assertThat(audits("TRACING_PHOTO_VIEWED", caseId)).isEqualTo(1);
        assertThat(api(HttpMethod.GET, "/api/v1/tracing-requests/" + requestId + "/photo", null, "supervisor.conakry")
                .getStatus()).isEqualTo(200);
        for (String outsider : new String[] {"partner.dakar", "observer", "coordinator.mali"}) {
            assertThat(perform(get("/tracing/" + requestId + "/photo"), outsider).getStatus()).as(outsider)
                    .isEqualTo(403);
        }

        jdbc.sql("update case_consent set withdrawn_on = current_date where case_id = ? and purpose = 'CROSS_BORDER_SHARING'")
                .param(caseId.value()).update();
        assertThat(perform(get("/tracing/" + requestId + "/photo"), "caseworker.conakry").getStatus())
                .as("withdrawing the consent stops sharing the photo").isEqualTo(404);
        assertThat(perform(get("/tracing/" + requestId), "caseworker.conakry").getContentAsString())
                .doesNotContain("/tracing/" + requestId + "/photo");
    }

    @Test
    void theRequestOfATracingRequestWithoutAPhotoForItsPhotoIsNotFound() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        long requestId = sendTracing(caseId, "Photolesstrace" + System.nanoTime());

        for (String username : new String[] {"caseworker.conakry", "caseworker.dakar"}) {
            MockHttpServletResponse page = perform(get("/tracing/" + requestId + "/photo"), username);
            assertThat(page.getStatus()).as("page photo as " + username).isEqualTo(404);
            MockHttpServletResponse api = api(HttpMethod.GET, "/api/v1/tracing-requests/" + requestId + "/photo",
                    null, username);
            assertThat(api.getStatus()).as("API photo as " + username).isEqualTo(404);
            assertThat(api.getContentType()).isEqualTo("application/problem+json");
        }
        assertThat(audits("TRACING_PHOTO_VIEWED", caseId)).isZero();
    }

    @Test
    void theOriginOfficeSeesTheTracingRequestButNotTheCaseBeforeATransfer() throws Exception {
        CaseId caseId = dakarChild();
        String family = "Diallotrace" + System.nanoTime();
        long requestId = sendTracing(caseId, family);
        assertThat(audits("TRACING_REQUESTED", caseId)).isEqualTo(1);

        MockHttpServletResponse list = perform(get("/tracing"), "caseworker.conakry");
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains(caseNumber(caseId)).doesNotContain(family);
        MockHttpServletResponse request = perform(get("/tracing/" + requestId), "caseworker.conakry");
        assertThat(request.getStatus()).isEqualTo(200);
        assertThat(request.getContentAsString()).contains(family).contains("Kindia-Village").contains("outcome-form");
        assertThat(audits("TRACING_REQUEST_VIEWED", caseId)).isEqualTo(1);
        assertThat(api(HttpMethod.GET, "/api/v1/tracing-requests/" + requestId, null, "supervisor.conakry")
                .getContentAsString()).contains(family);

        for (String path : List.of("/cases/" + caseId, "/cases/" + caseId + "/tracing", "/cases/" + caseId + "/notes",
                "/cases/" + caseId + "/transfer", "/api/v1/cases/" + caseId,
                "/api/v1/cases/" + caseId + "/tracing-requests")) {
            assertThat(perform(get(path), "caseworker.conakry").getStatus()).as(path).isEqualTo(404);
        }
        // another office sees neither the request nor the case
        assertThat(perform(get("/tracing/" + requestId), "partner.dakar").getStatus()).isEqualTo(403);
        assertThat(perform(get("/tracing"), "caseworker.conakry").getContentAsString()).contains(caseNumber(caseId));
    }

    @Test
    void theOriginOfficeRecordsTheOutcomeAndFamilyAssessmentOnce() throws Exception {
        CaseId caseId = dakarChild();
        long requestId = sendTracing(caseId, "Baldetrace" + System.nanoTime());

        assertThat(perform(post("/tracing/" + requestId + "/outcome").param("outcome", "FAMILY_FOUND")
                .param("assessment", "x"), "caseworker.dakar").getStatus()).isEqualTo(404);
        MockHttpServletResponse invalid = perform(post("/tracing/" + requestId + "/outcome").param("outcome", "OPEN"),
                "caseworker.conakry");
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString()).contains("aria-invalid=\"true\"").contains("This field is required.");
        assertThat(perform(post("/tracing/" + requestId + "/outcome").param("outcome", "LOST")
                .param("assessment", "x"), "caseworker.conakry").getStatus()).isEqualTo(422);

        MockHttpServletResponse recorded = perform(post("/tracing/" + requestId + "/outcome")
                .param("outcome", "FAMILY_FOUND").param("assessment", "Mother and uncle in Kindia, willing and able"),
                "caseworker.conakry");
        assertThat(recorded.getStatus()).isEqualTo(302);
        assertThat(audits("TRACING_OUTCOME_RECORDED", caseId)).isEqualTo(1);
        assertThat(api(HttpMethod.POST, "/api/v1/tracing-requests/" + requestId + "/outcome",
                "{\"outcome\": \"NOT_FOUND\", \"assessment\": \"changed mind\"}", "caseworker.conakry").getStatus())
                .isEqualTo(409);

        MockHttpServletResponse section = perform(get("/cases/" + caseId + "/tracing"), "caseworker.dakar");
        assertThat(section.getContentAsString()).contains("Family found").contains("Mother and uncle in Kindia");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from office_notification where case_number = ? and kind = ?")
                .params(caseNumber(caseId), "TRACING_FAMILY_FOUND").query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void tracingCarriesOnlyValidInputToAnOfficeInAnotherCountryAndStoresNamesEncrypted() throws Exception {
        CaseId caseId = dakarChild();
        String path = "/api/v1/cases/" + caseId + "/tracing-requests";
        assertThat(api(HttpMethod.POST, path, "{\"toOfficeId\": " + office("SN-DKR")
                + ", \"familyNames\": \"Sow\"}", "caseworker.dakar").getStatus()).isEqualTo(422);
        MockHttpServletResponse markup = api(HttpMethod.POST, path, "{\"toOfficeId\": " + office("GN-CKY")
                + ", \"familyNames\": \"<script>\"}", "caseworker.dakar");
        assertThat(markup.getStatus()).isEqualTo(422);
        assertThat(markup.getContentAsString()).contains("familyNames");
        assertThat(api(HttpMethod.POST, path, "{\"toOfficeId\": " + office("GN-CKY") + "}", "caseworker.dakar")
                .getStatus()).isEqualTo(422);
        assertThat(api(HttpMethod.POST, path, "{\"toOfficeId\": ", "caseworker.dakar").getStatus()).isEqualTo(400);
        assertThat(api(HttpMethod.POST, path, "{\"toOfficeId\": " + office("GN-CKY")
                + ", \"familyNames\": \"Sow\"}", "caseworker.conakry").getStatus()).isEqualTo(404);
        assertThat(count("case_tracing_request", caseId)).isZero();

        String family = "Camaratrace" + System.nanoTime();
        MockHttpServletResponse created = api(HttpMethod.POST, path, "{\"toOfficeId\": " + office("GN-CKY")
                + ", \"familyNames\": \"" + family + "\", \"region\": \"Labé\"}", "caseworker.dakar");
        assertThat(created.getStatus()).isEqualTo(201);
        String raw = jdbc.sql("select concat_ws('|', family_names, village, region, languages) from"
                + " case_tracing_request where case_id = ?").param(caseId.value()).query(String.class).single();
        assertThat(raw).doesNotContain(family).doesNotContain("Labé");
        assertThat(api(HttpMethod.GET, path, null, "caseworker.dakar").getContentAsString()).contains(family);
    }

    @Test
    void afterTransferTheOriginOfficeSeesTheCase() throws Exception {
        CaseId caseId = dakarChild();
        sendTracing(caseId, "Barrytrace" + System.nanoTime());
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        assertThat(perform(get("/cases/" + caseId), "caseworker.conakry").getStatus()).isEqualTo(404);
        assertThat(perform(post("/transfers/" + transferId + "/approve"), "supervisor.conakry").getStatus())
                .isEqualTo(302);
        assertThat(perform(get("/cases/" + caseId), "caseworker.conakry").getStatus()).isEqualTo(200);
        assertThat(perform(get("/cases/" + caseId + "/tracing"), "caseworker.conakry").getStatus()).isEqualTo(200);
    }
}
