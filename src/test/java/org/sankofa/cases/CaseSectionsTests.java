package org.sankofa.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One rule says which sections of a case a person may open (CaseSection): the case page offers those and no other,
 * and every section it does not offer is one the person may not open. The page is one request: its care sections are
 * folded and asked for only when the reader opens one, never loaded by themselves.
 */
@SankofaTest
class CaseSectionsTests extends DecisionTestSupport {

    private static final List<CaseSection> CARE = Arrays.stream(CaseSection.values()).filter(CaseSection::care)
            .toList();
    /** A section of the page: a part of the record (by its id) or a care section's slot. */
    private static final Pattern SECTION = Pattern.compile(
            "id=\"(identification|person|profile|route)\"|id=\"care-slot-([a-z-]+)\"");
    /** An element that asks for something by itself once the page is there (htmx on load, revealed, intersect). */
    private static final Pattern AUTOMATIC = Pattern.compile("hx-trigger=\"[^\"]*\\b(load|revealed|intersect|every)\\b");

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

    /**
     * Each role's case page shows exactly the sections the rule opens to it, in the rule's order, and its index
     * names the same; the page asks for nothing by itself (no section loaded on load) and records one view.
     */
    @Test
    void eachRoleSeesExactlyTheSectionsItMayOpenInOneRequest() throws Exception {
        CaseId caseId = referredToThePartner("NAME", "AGE_SEX", "PROFILE");
        record Reader(String username, List<CaseSection> expected) {
        }
        List<Reader> readers = List.of(
                new Reader("caseworker.dakar", CaseSection.openable(true, EnumSet.allOf(CaseShare.class))),
                new Reader("supervisor.dakar", CaseSection.openable(true, EnumSet.allOf(CaseShare.class))),
                new Reader("partner.dakar", CaseSection.openable(false, EnumSet.of(CaseShare.NAME,
                        CaseShare.AGE_SEX, CaseShare.PROFILE))));
        for (Reader reader : readers) {
            long viewsBefore = audits("CASE_VIEWED", caseId);
            String page = perform(get("/cases/" + caseId), reader.username()).getContentAsString();
            assertThat(sections(page)).as(reader.username()).isEqualTo(reader.expected());
            String index = page.substring(page.indexOf("<nav class=\"case-index\""), page.indexOf("</nav>",
                    page.indexOf("<nav class=\"case-index\"")));
            assertThat(sections(index.replace("href=\"#", "id=\""))).as(reader.username() + "'s index")
                    .isEqualTo(reader.expected());
            assertThat(AUTOMATIC.matcher(page).find()).as(reader.username() + ": a request made by the page itself")
                    .isFalse();
            assertThat(audits("CASE_VIEWED", caseId) - viewsBefore).as(reader.username() + ": views recorded")
                    .isEqualTo(1);
        }
    }

    /**
     * A care section is folded on the page and loads from its own address when opened (htmx), and without
     * JavaScript links to that address; each address answers the section to the office's staff.
     */
    @Test
    void everyCareSectionOpensOnDemandFromItsOwnAddress() throws Exception {
        CaseId caseId = dakarChild();
        String page = perform(get("/cases/" + caseId), "caseworker.dakar").getContentAsString();
        for (CaseSection section : CARE) {
            String address = "/cases/" + caseId + "/" + section.path();
            Matcher slot = Pattern.compile("(?s)<details ([^>]*id=\"care-slot-" + section.path()
                    + "\"[^>]*)>(.*?)</details>").matcher(page);
            assertThat(slot.find()).as(section + " folded").isTrue();
            assertThat(slot.group(1)).as(section.name()).doesNotContainPattern("\\bopen\\b")
                    .contains("hx-get=\"" + address + "\"").contains("hx-trigger=\"toggle once\"");
            assertThat(slot.group(2)).as(section + " without JavaScript").contains("href=\"" + address + "\"");
            assertThat(perform(get(address).header("HX-Request", "true"), "caseworker.dakar").getStatus())
                    .as(section.name()).isEqualTo(200);
        }
    }

    /** The sections of a page (or its index), in order. */
    private static List<CaseSection> sections(String html) {
        List<CaseSection> found = new ArrayList<>();
        Matcher m = SECTION.matcher(html);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1).toUpperCase(Locale.ROOT) : null;
            found.add(name != null ? CaseSection.valueOf(name) : Arrays.stream(CaseSection.values())
                    .filter(s -> m.group(2).equals(s.path())).findFirst().orElseThrow());
        }
        return found;
    }
}
