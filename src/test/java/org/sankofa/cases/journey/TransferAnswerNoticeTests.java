package org.sankofa.cases.journey;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.support.SankofaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The person who asked for a transfer hears the answer on their home page; others of the office do not. */
@SankofaTest
class TransferAnswerNoticeTests extends TransferTestSupport {

    private String caseNumber(CaseId caseId) {
        return jdbc.sql("select case_number from case_file where id = ?").param(caseId.value()).query(String.class)
                .single();
    }

    private String homePanel(String username, String id) throws Exception {
        String page = perform(get("/"), username).getContentAsString();
        int start = page.indexOf("id=\"" + id + "\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void theSupervisorWhoAskedHearsThatTheTransferWasRejected() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        assertThat(perform(post("/transfers/" + transferId + "/reject").param("note", "No capacity this month"),
                "supervisor.conakry").getStatus()).isEqualTo(302);

        String number = caseNumber(caseId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                homePanel("supervisor.dakar", "home-transfer_rejected")).contains(number));
        // addressed to the requester only: the office's notices stay as they were, once per office
        assertThat(homePanel("caseworker.dakar", "home-transfer_rejected")).doesNotContain(number);
        assertThat(jdbc.sql("select count(*) from office_notification where case_number = ? and kind = 'TRANSFER_REJECTED'"
                + " and recipient_id is null").param(number).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theSupervisorWhoAskedHearsThatTheTransferWasAccepted() throws Exception {
        CaseId caseId = dakarChild();
        crossBorderConsent(caseId);
        long transferId = requestTransferToConakry(caseId);
        assertThat(perform(post("/transfers/" + transferId + "/approve"), "supervisor.conakry").getStatus())
                .isEqualTo(302);
        String number = caseNumber(caseId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                homePanel("supervisor.dakar", "home-transfer_accepted")).contains(number));
    }
}
