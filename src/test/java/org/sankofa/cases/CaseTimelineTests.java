package org.sankofa.cases;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The timeline shows every step of the case, dated, with who did it, their office and its country. */
@SankofaTest
class CaseTimelineTests extends DecisionTestSupport {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyStepIsShownWithWhoWhenOfficeAndCountryButViewsAreNotSteps() throws Exception {
        CaseId caseId = dakarChild();
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/best-interests/assessments",
                "{\"assessedOn\":\"" + LocalDate.now() + "\",\"summary\":\"Family found\"}", "caseworker.dakar")
                .getStatus()).isEqualTo(201);
        assertThat(perform(get("/cases/" + caseId), "supervisor.dakar").getStatus()).isEqualTo(200);
        assertThat(audits("CASE_VIEWED", caseId)).isPositive();
        // the case shown to another case worker as a possible duplicate of the child they register: a view too
        transactions.executeWithoutResult(tx -> audit.record(AuditEvent.of("caseworker.dakar",
                "POSSIBLE_DUPLICATE_SHOWN", "case", caseId.value(), "weight=12.0")));
        assertThat(audits("POSSIBLE_DUPLICATE_SHOWN", caseId)).isPositive();

        MockHttpServletResponse json = api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/timeline", null,
                "supervisor.dakar");
        assertThat(json.getStatus()).isEqualTo(200);
        String body = json.getContentAsString();
        assertThat(body).contains("\"action\":\"CASE_IDENTIFIED\"").contains("\"action\":\"BI_ASSESSED\"")
                .contains(as("caseworker.dakar").displayName()).contains("\"country\":\"SN\"")
                .doesNotContain("CASE_VIEWED").doesNotContain("POSSIBLE_DUPLICATE_SHOWN").doesNotContain("Family found");
        assertThat(body.indexOf("CASE_IDENTIFIED")).isLessThan(body.indexOf("BI_ASSESSED"));

        String office = jdbc.sql("select name from office where code = 'SN-DKR'").query(String.class).single();
        String page = perform(get("/cases/" + caseId + "/timeline"), "caseworker.dakar").getContentAsString();
        assertThat(page).contains("Best interests assessed").contains("Identified").contains(office + " (Senegal)");
        String fragment = mvc.perform(get("/cases/" + caseId + "/timeline").header("HX-Request", "true")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(as("caseworker.dakar"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"care-timeline\"").doesNotContain("<html");
    }

    @Test
    void theTimelineIsRefusedOutsideTheOfficeAndWithoutCaseAccess() throws Exception {
        CaseId caseId = dakarChild();
        assertThat(perform(get("/cases/" + caseId + "/timeline"), "caseworker.conakry").getStatus()).isEqualTo(404);
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/timeline", null, "supervisor.conakry")
                .getStatus()).isEqualTo(404);
        for (String username : List.of("admin", "coordinator.ecowas", "mne", "organiser", "observer",
                "partner.dakar")) {
            assertThat(perform(get("/cases/" + caseId + "/timeline"), username).getStatus()).as(username)
                    .isEqualTo(403);
            assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/timeline", null, username).getStatus())
                    .as(username).isEqualTo(403);
        }
    }
}
