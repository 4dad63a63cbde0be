package org.sankofa.cases;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One rule says which sections of a case a person may open (CaseSection): the case page offers those and no other,
 * and every section it does not offer is one the person may not open.
 */
@SankofaTest
class CaseSectionsTests extends DecisionTestSupport {

    private static final List<CaseSection> CARE = Arrays.stream(CaseSection.values()).filter(CaseSection::care)
            .toList();

    private CaseId referredToThePartner(String... shares) {
        CaseId caseId = dakarChild();
        jdbc.sql("""
                insert into case_referral (case_id, partner_org_id, service_type, status, shares, sent_on, sent_by)
                values (?, ?, 'SHELTER', 'SENT', ?, current_date, ?)""")
                .params(caseId.value(), as("partner.dakar").organisationId(), shares, as("caseworker.dakar").id())
                .update();
        return caseId;
    }

    @Test
    void thePartnerSeesOnlyTheSectionsItsReferralShares() throws Exception {
        CaseId nameOnly = referredToThePartner("NAME", "AGE_SEX");
        String page = perform(get("/cases/" + nameOnly), "partner.dakar").getContentAsString();
        assertThat(page).contains("id=\"person\"").doesNotContain("id=\"identification\"")
                .doesNotContain("id=\"profile\"").doesNotContain("id=\"route\"").doesNotContain("care-slot-")
                .doesNotContain("Not allowed");
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + nameOnly, null, "partner.dakar").getContentAsString())
                .contains("\"sections\":[\"PERSON\"]");

        CaseId withProfile = referredToThePartner("PROFILE");
        String profiled = perform(get("/cases/" + withProfile), "partner.dakar").getContentAsString();
        assertThat(profiled).contains("id=\"person\"").contains("id=\"profile\"").contains("id=\"route\"")
                .doesNotContain("id=\"identification\"").doesNotContain("care-slot-");
    }

    @Test
    void aCaseWorkerSeesEverySection() throws Exception {
        CaseId caseId = referredToThePartner("NAME");
        String page = perform(get("/cases/" + caseId), "caseworker.dakar").getContentAsString();
        assertThat(page).contains("id=\"identification\"", "id=\"person\"", "id=\"profile\"", "id=\"route\"");
        for (CaseSection section : CARE) {
            assertThat(page).contains("id=\"care-slot-" + section.path() + "\"");
        }
        assertThat(api(HttpMethod.GET, "/api/v1/cases/" + caseId, null, "caseworker.dakar").getContentAsString())
                .contains("\"sections\":[\"IDENTIFICATION\",\"PERSON\",\"PROFILE\",\"ROUTE\",\"CONSENTS\"");
    }

    /** The rule and the case guard agree: what the rule does not offer the partner, the guard refuses it. */
    @Test
    void everySectionTheRuleDoesNotOfferThePartnerIsRefusedToIt() throws Exception {
        CaseId caseId = referredToThePartner("NAME", "AGE_SEX", "CONTACT", "NEEDS", "PROFILE");
        List<CaseSection> offered = CaseSection.openable(false, java.util.EnumSet.allOf(CaseShare.class));
        for (CaseSection section : CARE) {
            int partner = perform(get("/cases/" + caseId + "/" + section.path()), "partner.dakar").getStatus();
            int staff = perform(get("/cases/" + caseId + "/" + section.path()), "caseworker.dakar").getStatus();
            assertThat(staff).as(section + " for the case worker").isEqualTo(200);
            if (offered.contains(section)) {
                assertThat(partner).as(section + " for the partner").isEqualTo(200);
            } else {
                assertThat(partner).as(section + " for the partner").isEqualTo(403);
            }
        }
    }
}
