package org.sankofa.cases.assistance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/** The rules of a case's care records: consent, assessments, services, referrals, notes, attachments, closure. */
@SankofaTest
class CaseCareTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 'S', 'E', 'C', 'R',
            'E', 'T', '-', 'S', 'C', 'A', 'N'};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserAccounts users;

    CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    CaseId dakarChild() {
        return CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Aminata", "Carecase" + System.nanoTime());
    }

    long count(String table, CaseId caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = ?").param(caseId.value()).query(Long.class)
                .single();
    }

    long audits(String action, CaseId caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and target_type = 'case' and target_id = ?")
                .params(action, String.valueOf(caseId.value())).query(Long.class).single();
    }

    MockHttpServletResponse perform(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
            String username) throws Exception {
        return mvc.perform(request.with(user(as(username))).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletResponse api(HttpMethod method, String path, String json, String username) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return perform(request, username);
    }

    long partnerOrgId() {
        return as("partner.dakar").organisationId();
    }

    void giveSharingConsent(CaseId caseId) throws Exception {
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents", """
                {"purpose":"PARTNER_SHARING","givenBy":"GUARDIAN","givenOn":"%s","guardianConsent":true,
                 "childAssent":true}""".formatted(LocalDate.now()), "caseworker.dakar").getStatus()).isEqualTo(201);
    }

    long refer(CaseId caseId, String shares) throws Exception {
        MockHttpServletResponse response = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/referrals", """
                {"partnerOrgId":%d,"serviceType":"SHELTER","shares":[%s],"message":"Needs a bed tonight"}"""
                .formatted(partnerOrgId(), shares), "caseworker.dakar");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return jdbc.sql("select max(id) from case_referral where case_id = ?").param(caseId.value()).query(Long.class)
                .single();
    }

    @Test
    void childConsentNeedsGuardianConsentAndChildAssent() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletResponse refused = perform(post("/cases/" + caseId + "/consents").param("purpose", "ASSISTANCE")
                .param("givenBy", "GUARDIAN").param("givenOn", LocalDate.now().toString())
                .param("guardianConsent", "true"), "caseworker.dakar");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("the child&#39;s assent is required");
        assertThat(count("case_consent", caseId)).isZero();

        MockHttpServletResponse recorded = perform(post("/cases/" + caseId + "/consents").param("purpose", "ASSISTANCE")
                .param("givenBy", "GUARDIAN").param("givenOn", LocalDate.now().toString())
                .param("guardianConsent", "true").param("childAssent", "true"), "caseworker.dakar");
        assertThat(recorded.getStatus()).isEqualTo(302);
        assertThat(count("case_consent", caseId)).isEqualTo(1);
        assertThat(audits("CONSENT_RECORDED", caseId)).isEqualTo(1);
    }

    @Test
    void consentDatesInTheFutureAndWithdrawalBeforeGivenAreRefused() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletResponse future = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents", """
                {"purpose":"ASSISTANCE","givenBy":"GUARDIAN","givenOn":"%s","guardianConsent":true,"childAssent":true}"""
                .formatted(LocalDate.now().plusDays(2)), "caseworker.dakar");
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(future.getContentAsString()).contains("givenOn").contains("future");
        assertThat(count("case_consent", caseId)).isZero();

        giveSharingConsent(caseId);
        long consentId = jdbc.sql("select id from case_consent where case_id = ?").param(caseId.value()).query(Long.class)
                .single();
        MockHttpServletResponse early = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents/" + consentId
                + "/withdrawal", "{\"withdrawnOn\":\"" + LocalDate.now().minusDays(5) + "\"}", "caseworker.dakar");
        assertThat(early.getStatus()).isEqualTo(422);
        MockHttpServletResponse malformed = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents", """
                {"purpose":"ASSISTANCE","givenOn":"yesterday"}""", "caseworker.dakar");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/consents/" + consentId + "/withdrawal",
                "{\"withdrawnOn\":\"" + LocalDate.now() + "\"}", "caseworker.dakar").getStatus()).isEqualTo(204);
        assertThat(jdbc.sql("select withdrawn_on from case_consent where id = ?").param(consentId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now());
    }

    @Test
    void referralIsRefusedWithoutPartnerSharingConsent() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletResponse refused = api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/referrals",
                "{\"partnerOrgId\":" + partnerOrgId() + ",\"serviceType\":\"SHELTER\",\"shares\":[\"NAME\"]}",
                "caseworker.dakar");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("consent to sharing with partners");
        assertThat(count("case_referral", caseId)).isZero();
    }

    @Test
    void partnerSeesOnlyTheSharedPartsAndAnswersTheReferral() throws Exception {
        CaseId hidden = dakarChild();
        String hiddenName = jdbc.sql("select family_name from case_person where case_id = ?").param(hidden.value())
                .query(String.class).single();
        giveSharingConsent(hidden);
        long hiddenReferral = refer(hidden, "\"AGE_SEX\"");
        CaseId shown = dakarChild();
        giveSharingConsent(shown);
        long shownReferral = refer(shown, "\"NAME\",\"NEEDS\"");

        String page = perform(get("/referrals"), "partner.dakar").getContentAsString();
        String hiddenFamily = cipher.decrypt(hiddenName, "case_person.family_name");
        String shownFamily = cipher.decrypt(jdbc.sql("select family_name from case_person where case_id = ?")
                .param(shown.value()).query(String.class).single(), "case_person.family_name");
        assertThat(page).contains(shownFamily).doesNotContain(hiddenFamily).contains("referral-" + hiddenReferral);
        assertThat(audits("CASE_VIEWED", shown)).isPositive();

        // a case worker may not answer; the partner accepts, then cannot accept again nor decline
        assertThat(perform(post("/cases/" + shown + "/referrals/" + shownReferral + "/accept"), "caseworker.dakar")
                .getStatus()).isEqualTo(403);
        assertThat(perform(post("/cases/" + shown + "/referrals/" + shownReferral + "/complete"), "partner.dakar")
                .getStatus()).isEqualTo(409);
        assertThat(perform(post("/cases/" + shown + "/referrals/" + shownReferral + "/accept"), "partner.dakar")
                .getStatus()).isEqualTo(302);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + shown + "/referrals/" + shownReferral + "/accept", "{}",
                "partner.dakar").getStatus()).isEqualTo(409);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + shown + "/referrals/" + shownReferral + "/complete", null,
                "partner.dakar").getStatus()).isEqualTo(204);
        assertThat(audits("REFERRAL_ACCEPTED", shown)).isEqualTo(1);

        // declining needs a note; with one, the case leaves the partner's sight
        assertThat(perform(post("/cases/" + hidden + "/referrals/" + hiddenReferral + "/decline"), "partner.dakar")
                .getStatus()).isEqualTo(422);
        assertThat(perform(post("/cases/" + hidden + "/referrals/" + hiddenReferral + "/decline").param("note",
                "No bed for boys"), "partner.dakar").getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select status from case_referral where id = ?").param(hiddenReferral)
                .query(String.class).single()).isEqualTo("DECLINED");
    }

    @Test
    void partnerOfAnotherOrganisationCannotActOnTheReferral() throws Exception {
        CaseId caseId = dakarChild();
        giveSharingConsent(caseId);
        long referral = refer(caseId, "\"NAME\"");
        long otherOrg = jdbc.sql("select min(id) from organisation where id <> ?").param(partnerOrgId())
                .query(Long.class).single();
        CurrentUser stranger = new CurrentUser(999_999L, "partner.elsewhere", "Partner elsewhere", otherOrg, null, "en",
                Set.of(RoleGrant.of(Role.PARTNER)), true, false, false, null);
        MockHttpServletResponse response = mvc.perform(post("/cases/" + caseId + "/referrals/" + referral + "/accept")
                .with(user(stranger)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/referrals").with(user(stranger))).andReturn().getResponse().getContentAsString())
                .doesNotContain("referral-" + referral);
        assertThat(jdbc.sql("select status from case_referral where id = ?").param(referral).query(String.class)
                .single()).isEqualTo("SENT");
    }

    @Test
    void theNeedsFormReadsALevelPerNeedAndNamesTheNeedsItCouldNotRead() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletRequestBuilder form = post("/cases/" + caseId + "/assessments/needs")
                .param("assessedOn", LocalDate.now().toString()).param("notes", "Seen at the shelter");
        for (Need need : Need.values()) {
            form.param("levels[" + need.name().toLowerCase(Locale.ROOT) + "]",
                    need == Need.SHELTER ? "urgent" : "LOW");
        }
        assertThat(perform(form, "caseworker.dakar").getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select shelter || '/' || family_contact from case_needs_assessment where case_id = ?")
                .param(caseId.value()).query(String.class).single()).isEqualTo("URGENT/LOW");

        MockHttpServletResponse unread = perform(post("/cases/" + caseId + "/assessments/needs")
                .param("assessedOn", LocalDate.now().toString()).param("levels[shelter]", "SEVERE")
                .param("levels[medical]", "LOW"), "caseworker.dakar");
        assertThat(unread.getStatus()).isEqualTo(422);
        assertThat(unread.getContentAsString()).contains("id=\"need-shelter-error\"")
                .contains("aria-invalid=\"true\"");
        assertThat(count("case_needs_assessment", caseId)).isEqualTo(1);
    }

    @Test
    void reassessmentKeepsHistoryAndTheLatestIsCurrent() throws Exception {
        CaseId caseId = dakarChild();
        String levels = "\"SHELTER\":\"%s\",\"MEDICAL\":\"LOW\",\"PSYCHOSOCIAL\":\"HIGH\",\"LEGAL\":\"NONE\","
                + "\"DOCUMENTATION\":\"MEDIUM\",\"EDUCATION\":\"HIGH\",\"LIVELIHOOD\":\"LOW\",\"FAMILY_CONTACT\":\"URGENT\"";
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/assessments/needs", "{\"assessedOn\":\""
                + LocalDate.now().minusDays(10) + "\",\"levels\":{" + levels.formatted("URGENT") + "}}",
                "caseworker.dakar").getStatus()).isEqualTo(201);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/assessments/needs", "{\"assessedOn\":\""
                + LocalDate.now() + "\",\"levels\":{" + levels.formatted("LOW") + "}}", "supervisor.dakar")
                .getStatus()).isEqualTo(201);
        String history = api(HttpMethod.GET, "/api/v1/cases/" + caseId + "/assessments/needs", null,
                "caseworker.dakar").getContentAsString();
        assertThat(count("case_needs_assessment", caseId)).isEqualTo(2);
        assertThat(history.indexOf("\"SHELTER\":\"LOW\"")).isLessThan(history.indexOf("\"SHELTER\":\"URGENT\""));

        assertThat(perform(post("/cases/" + caseId + "/assessments/risk").param("assessedOn",
                LocalDate.now().toString()).param("level", "HIGH").param("factors", "DEBT", "RECRUITER_AT_LARGE"),
                "caseworker.dakar").getStatus()).isEqualTo(302);
        assertThat(perform(post("/cases/" + caseId + "/assessments/risk").param("assessedOn",
                LocalDate.now().plusDays(1).toString()).param("level", "LOW"), "caseworker.dakar").getStatus())
                .isEqualTo(422);
        assertThat(perform(post("/cases/" + caseId + "/assessments/risk").param("assessedOn",
                LocalDate.now().toString()).param("level", "EXTREME"), "caseworker.dakar").getStatus()).isEqualTo(422);
        assertThat(count("case_risk_assessment", caseId)).isEqualTo(1);
        String page = perform(get("/cases/" + caseId + "/assessments").header("HX-Request", "true"),
                "caseworker.dakar").getContentAsString();
        assertThat(page).contains("Recruiter still at large").doesNotContain("<html");
    }

    @Test
    void costAndCurrencyGoTogetherAndDatesAreNotInTheFuture() throws Exception {
        CaseId caseId = dakarChild();
        long provider = partnerOrgId();
        for (String[] bad : new String[][] {{"1500", ""}, {"", "XOF"}, {"-3", "XOF"}, {"10", "xo"}}) {
            MockHttpServletResponse response = perform(post("/cases/" + caseId + "/services")
                    .param("serviceType", "SHELTER").param("deliveredOn", LocalDate.now().toString())
                    .param("provider", String.valueOf(provider)).param("cost", bad[0]).param("currency", bad[1]),
                    "caseworker.dakar");
            assertThat(response.getStatus()).as(Arrays.toString(bad)).isEqualTo(422);
            assertThat(response.getContentAsString()).contains("field-error");
        }
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/services", """
                {"serviceType":"MEDICAL","deliveredOn":"%s","providerOrgId":%d}"""
                .formatted(LocalDate.now().plusDays(3), provider), "caseworker.dakar").getStatus()).isEqualTo(422);
        assertThat(count("case_service", caseId)).isZero();
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/services", """
                {"serviceType":"MEDICAL","deliveredOn":"%s","providerOrgId":%d,"cost":12.5,"currency":"XOF"}"""
                .formatted(LocalDate.now(), provider), "caseworker.dakar").getStatus()).isEqualTo(201);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/services", """
                {"serviceType":"FAMILY_TRACING","deliveredOn":"%s","providerOrgId":%d}"""
                .formatted(LocalDate.now(), provider), "caseworker.dakar").getStatus()).isEqualTo(201);
        assertThat(count("case_service", caseId)).isEqualTo(2);
    }

    @Test
    void notesAreEncryptedEscapedAndLimited() throws Exception {
        CaseId caseId = dakarChild();
        assertThat(perform(post("/cases/" + caseId + "/notes").param("body", "x".repeat(5001)), "caseworker.dakar")
                .getStatus()).isEqualTo(422);
        assertThat(perform(post("/cases/" + caseId + "/notes").param("body", " "), "caseworker.dakar").getStatus())
                .isEqualTo(422);
        assertThat(count("case_note", caseId)).isZero();
        assertThat(perform(post("/cases/" + caseId + "/notes").param("body", "<script>alert(1)</script> met uncle"),
                "caseworker.dakar").getStatus()).isEqualTo(302);
        String stored = jdbc.sql("select body from case_note where case_id = ?").param(caseId.value()).query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain("uncle");
        String page = perform(get("/cases/" + caseId + "/notes"), "caseworker.dakar").getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; met uncle").doesNotContain("<script>alert");
    }

    @Test
    void attachmentsAreCheckedStoredEncryptedAndDownloadedOnlyByThoseWhoMaySeeTheCase() throws Exception {
        CaseId caseId = dakarChild();
        MockHttpServletResponse wrongType = perform(multipart("/cases/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", "scan.png", "image/png", "MZ not a picture".getBytes())),
                "caseworker.dakar");
        assertThat(wrongType.getStatus()).isEqualTo(422);
        assertThat(wrongType.getContentAsString()).contains("Only PDF, JPEG and PNG");
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        MockHttpServletResponse tooLarge = perform(multipart("/api/v1/cases/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", "big.png", "image/png", large)), "caseworker.dakar");
        assertThat(tooLarge.getStatus()).isEqualTo(422);
        assertThat(tooLarge.getContentAsString()).contains("at most 5 MB");
        assertThat(count("case_attachment", caseId)).isZero();

        assertThat(perform(multipart("/cases/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", "passport-scan.png", "image/png", PNG)), "caseworker.dakar")
                .getStatus()).isEqualTo(302);
        long id = jdbc.sql("select id from case_attachment where case_id = ?").param(caseId.value()).query(Long.class)
                .single();
        byte[] raw = jdbc.sql("select content from case_attachment where id = ?").param(id).query(byte[].class)
                .single();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET-SCAN");
        assertThat(jdbc.sql("select file_name from case_attachment where id = ?").param(id).query(String.class)
                .single()).doesNotContain("passport");

        String url = "/cases/" + caseId + "/attachments/" + id;
        assertThat(perform(get(url), "caseworker.conakry").getStatus()).isEqualTo(404);
        assertThat(perform(get(url), "coordinator.mali").getStatus()).isEqualTo(403);
        assertThat(perform(get(url), "partner.dakar").getStatus()).isEqualTo(403);
        CaseId other = dakarChild();
        assertThat(perform(get("/cases/" + other + "/attachments/" + id), "caseworker.dakar").getStatus())
                .isEqualTo(404);
        MockHttpServletResponse download = perform(get(url), "caseworker.dakar");
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(download.getContentType()).isEqualTo("image/png");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("passport-scan.png");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(audits("ATTACHMENT_DOWNLOADED", caseId)).isEqualTo(1);
    }

    @Test
    void closingAndReopeningAreRecordedAuditedAndNeverRepeated() throws Exception {
        // an adult's case closes at once (a child's needs a supervisor's approval: see ChildClosureTests)
        CaseId caseId = dakarChild();
        jdbc.sql("update case_file set age_at_identification = 30 where id = ?").param(caseId.value()).update();
        assertThat(perform(post("/cases/" + caseId + "/closure/close").param("reason", "NoSuchReason")
                .param("note", "x"), "caseworker.dakar").getStatus()).isEqualTo(422);
        assertThat(perform(post("/cases/" + caseId + "/closure/close").param("reason", "ReintegrationCompleted"),
                "caseworker.dakar").getStatus()).isEqualTo(422);
        assertThat(perform(post("/cases/" + caseId + "/closure/close").param("reason", "ReintegrationCompleted")
                .param("note", "Back at school"), "caseworker.dakar").getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select status || '/' || closure_reason || '/' || (closed_on = current_date)"
                + " from case_file where id = ?").param(caseId.value()).query(String.class).single())
                .isEqualTo("Closed/ReintegrationCompleted/true");
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/closure",
                "{\"reason\":\"LOST_CONTACT\",\"note\":\"again\"}", "caseworker.dakar").getStatus()).isEqualTo(409);
        assertThat(api(HttpMethod.POST, "/api/v1/cases/" + caseId + "/reopening", "{\"note\":\"came back\"}",
                "supervisor.dakar").getStatus()).isEqualTo(204);
        assertThat(perform(post("/cases/" + caseId + "/closure/reopen"), "caseworker.dakar").getStatus())
                .isEqualTo(409);
        assertThat(jdbc.sql("select status from case_file where id = ?").param(caseId.value()).query(String.class).single())
                .isEqualTo("Active");
        assertThat(count("case_closure_event", caseId)).isEqualTo(2);
        assertThat(audits("CASE_CLOSED", caseId)).isEqualTo(1);
        assertThat(audits("CASE_REOPENED", caseId)).isEqualTo(1);
    }

    @Test
    void rolesWithoutCaseAccessAreRefusedOnEveryRoute() throws Exception {
        CaseId caseId = dakarChild();
        List<String> lines = new ClassPathResource("routes/cases-care.csv").getContentAsString(StandardCharsets.UTF_8)
                .lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(lines).hasSizeGreaterThan(40);
        for (String username : List.of("admin", "coordinator.mali", "coordinator.ecowas", "mne", "organiser",
                "observer")) {
            for (String line : lines) {
                String[] parts = line.split(",", 3);
                String path = parts[1].replace("{case}", String.valueOf(caseId)).replace("{id}", "1");
                MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path);
                if (path.startsWith("/api/") && parts[0].equals("POST")) {
                    request.contentType(MediaType.APPLICATION_JSON).content("{}");
                }
                assertThat(perform(request, username).getStatus()).as(username + " " + line).isEqualTo(403);
            }
        }
        // and a case worker of another office does not even learn that the case exists
        for (String section : List.of("consents", "assessments", "services", "referrals", "notes", "attachments",
                "closure")) {
            assertThat(perform(get("/cases/" + caseId + "/" + section), "caseworker.conakry").getStatus())
                    .as(section).isEqualTo(404);
            assertThat(perform(get("/cases/" + caseId + "/" + section), "partner.dakar").getStatus())
                    .as(section).isEqualTo(403);
        }
    }
}
