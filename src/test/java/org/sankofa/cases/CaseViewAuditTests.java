package org.sankofa.cases;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.web.AuthorisationMatrixTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every read of a case is audited: each page and API route that reads a case — every GET under {@code {case}} in
 * the authorisation matrix ({@code src/test/resources/routes/*.csv}), and the tracing request and its photo — asked
 * by each role allowed to use it, answers the case's records and appends exactly one view entry for that case, naming
 * the part viewed and no value. A route added to the matrix is checked here without changing this test; a route that
 * answers its records without an entry, or with one per section, fails it. A save records no view.
 */
@SankofaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseViewAuditTests {

    /** The entries that record a view of a case's records. */
    private static final Set<String> VIEWS = Set.of("CASE_VIEWED", "ATTACHMENT_DOWNLOADED", "TRACING_REQUEST_VIEWED",
            "TRACING_PHOTO_VIEWED");
    /** What an entry says of the view: the part, or the record downloaded or viewed — ids and words, no value. */
    private static final Pattern DETAILS = Pattern.compile("via=[a-z]+(-[a-z]+)*|attachment=\\d+|tracing=\\d+");
    /** A placeholder for a record of the case, after the words of the route that name it. */
    private static final Pattern RECORD = Pattern.compile("/([a-z-]+)/\\{id}");
    private static final Map<Role, String> USERS = Map.of(Role.CASE_WORKER, "caseworker.dakar",
            Role.CASE_SUPERVISOR, "supervisor.dakar", Role.PARTNER, "partner.dakar");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserAccounts users;

    private CaseId caseId;
    private long attachment;
    private long tracingRequest;

    /** A child's case of IOM Dakar with records in its sections, a photo sent with a tracing request, a referral. */
    @BeforeAll
    void aCaseWithRecords() throws Exception {
        caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Awa", "Viewaudit" + System.nanoTime());
        CaseFixtures.consent(jdbc, caseId, "CROSS_BORDER_SHARING");
        CaseFixtures.consent(jdbc, caseId, "PARTNER_SHARING");
        String api = "/api/v1/cases/" + caseId;
        assertThat(perform(post(api + "/notes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"Met the child at the shelter\"}"), "caseworker.dakar").getStatus())
                .isEqualTo(201);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        assertThat(perform(multipart(api + "/attachments").file(new MockMultipartFile("file", "face.jpg",
                "image/jpeg", jpeg)), "caseworker.dakar").getStatus()).isEqualTo(201);
        attachment = jdbc.sql("select max(id) from case_attachment where case_id = ?").param(caseId.value())
                .query(Long.class).single();
        long conakry = jdbc.sql("select id from office where code = 'GN-CKY'").query(Long.class).single();
        MockHttpServletResponse tracing = perform(post(api + "/tracing-requests")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"toOfficeId": %d, "familyNames": "Demo-Barry", "village": "Kindia-Village",
                         "photoAttachmentId": %d}""".formatted(conakry, attachment)), "caseworker.dakar");
        assertThat(tracing.getStatus()).as(tracing.getContentAsString()).isEqualTo(201);
        tracingRequest = jdbc.sql("select max(id) from case_tracing_request where case_id = ?")
                .param(caseId.value()).query(Long.class).single();
        jdbc.sql("""
                insert into case_bi_determination (case_id, decision, status, reasons, decided_at)
                values (?, 'RETURN_TO_FAMILY', 'APPROVED', ?, now())""")
                .params(caseId.value(), cipher.encrypt("Family found and willing", "case_bi_determination.reasons"))
                .update();
        MockHttpServletResponse plan = perform(put(api + "/return").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"destinationCountry": "GN", "receivingOfficeId": %d, "travelDate": "%s",
                         "route": "Dakar - Labé", "escort": "Social worker A."}"""
                        .formatted(conakry, LocalDate.now().plusDays(10))), "caseworker.dakar");
        assertThat(plan.getStatus()).as(plan.getContentAsString()).isEqualTo(200);
        long shelter = jdbc.sql("select id from organisation where acronym = 'ABRI'").query(Long.class).single();
        jdbc.sql("""
                insert into case_referral (case_id, partner_org_id, service_type, shares, sent_on)
                values (?, ?, 'SHELTER', '{NAME,AGE_SEX}', current_date)""").params(caseId.value(), shelter).update();
    }

    /** The GET routes of the matrix that read one case: under {@code {case}}, and the tracing request's. */
    static List<AuthorisationMatrixTests.Route> readsOfACase() throws IOException {
        return AuthorisationMatrixTests.routes().stream().filter(route -> route.method().equals("GET"))
                .filter(route -> route.path().contains("{case}") || route.path().startsWith("/tracing/{id}")
                        || route.path().startsWith("/api/v1/tracing-requests/{id}"))
                .toList();
    }

    @Test
    void theMatrixListsTheReadsOfACase() throws IOException {
        // pages and API of every part: a filter that matched nothing would let every route through unchecked
        assertThat(readsOfACase()).hasSizeGreaterThan(35);
    }

    @TestFactory
    Stream<DynamicTest> everyReadOfACaseRecordsOneViewPerRequest() throws IOException {
        return readsOfACase().stream().flatMap(route -> USERS.entrySet().stream()
                .filter(user -> route.allows(user.getKey()))
                .map(user -> DynamicTest.dynamicTest(route.method() + " " + route.path() + " as " + user.getValue(),
                        () -> readIsAudited(route.path(), user.getValue()))));
    }

    private void readIsAudited(String route, String username) throws Exception {
        String path = resolve(route);
        long before = lastEntry();
        MockHttpServletResponse response = perform(get(path), username);
        assertThat(response.getStatus()).as(path + " as " + username + " reads the case's records")
                .isEqualTo(200);
        List<Map<String, Object>> views = jdbc.sql("""
                select action, actor, details from audit_entry
                 where id > ? and target_type = 'case' and target_id = ? order by id""")
                .params(before, String.valueOf(caseId.value())).query().listOfRows().stream()
                .filter(entry -> VIEWS.contains((String) entry.get("action"))).toList();
        assertThat(views).as(path + " as " + username + ": one view recorded for the request").hasSize(1);
        assertThat(views.get(0).get("actor")).isEqualTo(username);
        assertThat((String) views.get(0).get("details")).as("what " + path + " records of the view")
                .matches(DETAILS);
    }

    @Test
    void aSaveRecordsNoViewEvenWhenItShowsTheSectionAgain() throws Exception {
        String page = "/cases/" + caseId;
        long before = lastEntry();

        MockHttpServletResponse saved = perform(post(page + "/notes").param("body", "Phoned the uncle")
                .header("HX-Request", "true"), "caseworker.dakar");
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("Phoned the uncle").contains("Met the child at the shelter");
        MockHttpServletResponse refused = perform(post(page + "/consents").param("purpose", "NONSENSE"),
                "caseworker.dakar");
        assertThat(refused.getStatus()).isEqualTo(422);
        MockHttpServletResponse plan = perform(post(page + "/return").param("destinationCountry", "GN")
                .param("travelDate", "not a date"), "supervisor.dakar");
        assertThat(plan.getStatus()).isEqualTo(422);

        List<String> actions = jdbc.sql("""
                select action from audit_entry where id > ? and target_type = 'case' and target_id = ? order by id""")
                .params(before, String.valueOf(caseId.value())).query(String.class).list();
        assertThat(actions).containsExactly("NOTE_ADDED");
    }

    private String resolve(String route) {
        String path = route.replace("{case}", caseId.toString());
        Matcher record = RECORD.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (record.find()) {
            long id = switch (record.group(1)) {
                case "attachments" -> attachment;
                case "tracing", "tracing-requests" -> tracingRequest;
                default -> fail("no record of the case to read for {id} in " + route + ": add one to this test");
            };
            record.appendReplacement(resolved, "/" + record.group(1) + "/" + id);
        }
        record.appendTail(resolved);
        assertThat(resolved.toString()).as(route).doesNotContain("{");
        return resolved.toString();
    }

    private long lastEntry() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String username)
            throws Exception {
        CurrentUser current = users.findByUsername(username).orElseThrow();
        return mvc.perform(request.with(user(current)).with(csrf())).andReturn().getResponse();
    }
}
