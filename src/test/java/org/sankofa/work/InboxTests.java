package org.sankofa.work;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.DecisionTestSupport;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The supervisor's inbox: every decision waiting in their office, none of another office's, in pages. */
@SankofaTest
class InboxTests extends DecisionTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The decisions of the demo (and of other tests) waiting for the office's supervisors, read from the tables. */
    private Set<String> expectedFor(String officeCode, String supervisor) {
        long office = office(officeCode);
        long me = as(supervisor).id();
        Set<String> expected = new HashSet<>();
        expected.addAll(jdbc.sql("""
                select 'BEST_INTERESTS:' || d.case_id from case_bi_determination d join case_file c on c.id = d.case_id
                 where d.status = 'REQUESTED' and c.office_id = ? and d.requested_by is distinct from ?""")
                .params(office, me).query(String.class).list());
        expected.addAll(jdbc.sql("""
                select 'CLOSURE:' || r.case_id from case_closure_request r join case_file c on c.id = r.case_id
                 where r.status = 'REQUESTED' and c.office_id = ? and r.requested_by is distinct from ?""")
                .params(office, me).query(String.class).list());
        expected.addAll(jdbc.sql("select 'TRANSFER:' || case_id from case_transfer where status = 'REQUESTED'"
                + " and to_office_id = ?").param(office).query(String.class).list());
        return expected;
    }

    private long office(String code) {
        return jdbc.sql("select id from office where code = ?").param(code).query(Long.class).single();
    }

    private JsonNode inbox(String supervisor, String query) throws Exception {
        MockHttpServletResponse answer = api(HttpMethod.GET, "/api/v1/inbox" + query, null, supervisor);
        assertThat(answer.getStatus()).isEqualTo(200);
        return JSON.readTree(answer.getContentAsString());
    }

    /** Every item of every page, as KIND:caseId. */
    private List<String> allItems(String supervisor, String order) throws Exception {
        List<String> items = new ArrayList<>();
        JsonNode first = inbox(supervisor, "?order=" + order);
        int pages = first.get("pages").asInt();
        for (int page = 1; page <= pages; page++) {
            JsonNode shown = page == 1 ? first : inbox(supervisor, "?order=" + order + "&page=" + page);
            shown.get("items").forEach(item -> items.add(item.get("kind").asString() + ":" + item.get("caseId").asLong()));
        }
        assertThat(items).hasSize(first.get("total").asInt());
        return items;
    }

    private long requestDetermination(CaseId caseId, String by) {
        return jdbc.sql("""
                insert into case_bi_determination (case_id, decision, reasons, requested_by)
                values (?, 'RETURN_TO_FAMILY', ?, ?) returning id""")
                .params(caseId.value(), cipher.encrypt("Family traced", "case_bi_determination.reasons"), as(by).id())
                .query(Long.class).single();
    }

    private void requestClosure(CaseId caseId, String by) {
        jdbc.sql("insert into case_closure_request (case_id, reason, requested_by) values (?, 'LostContact', ?)")
                .params(caseId.value(), as(by).id()).update();
    }

    @Test
    void supervisorSeesEveryDecisionWaitingInTheirOfficeAndNoneOfAnotherOffice() throws Exception {
        CaseId child = dakarChild();
        requestDetermination(child, "caseworker.dakar");
        CaseId closing = dakarAdult();
        requestClosure(closing, "caseworker.dakar");

        List<String> dakar = allItems("supervisor.dakar", "oldest");
        assertThat(dakar).contains("BEST_INTERESTS:" + child, "CLOSURE:" + closing);
        assertThat(dakar.stream().filter(i -> !i.startsWith("RETURN:")).toList())
                .containsExactlyInAnyOrderElementsOf(expectedFor("SN-DKR", "supervisor.dakar"));
        // the demo's own pending decisions are there too, not only this test's
        assertThat(dakar.stream().filter(i -> i.startsWith("BEST_INTERESTS:")).count()).isGreaterThan(1);

        List<String> conakry = allItems("supervisor.conakry", "oldest");
        assertThat(conakry).doesNotContain("BEST_INTERESTS:" + child, "CLOSURE:" + closing);
        assertThat(conakry.stream().filter(i -> !i.startsWith("RETURN:")).toList())
                .containsExactlyInAnyOrderElementsOf(expectedFor("GN-CKY", "supervisor.conakry"));
        // the demo's transfers from Dakar wait for Conakry's supervisor, never for Dakar's
        assertThat(conakry).anyMatch(i -> i.startsWith("TRANSFER:"));
        assertThat(dakar).noneMatch(i -> i.startsWith("TRANSFER:") && conakry.contains(i));
    }

    @Test
    void aSupervisorsOwnRequestDoesNotWaitForThem() throws Exception {
        CaseId child = dakarChild();
        requestDetermination(child, "supervisor.dakar");
        assertThat(allItems("supervisor.dakar", "oldest")).doesNotContain("BEST_INTERESTS:" + child);
    }

    @Test
    void theListIsInTheOrderAskedAndEachItemSaysWhatWhoSinceAndWhere() throws Exception {
        CaseId child = dakarChild();
        requestDetermination(child, "caseworker.dakar");
        List<String> oldest = allItems("supervisor.dakar", "oldest");
        List<String> newest = allItems("supervisor.dakar", "newest");
        assertThat(newest).containsExactlyInAnyOrderElementsOf(oldest);
        assertThat(newest.get(0)).isEqualTo("BEST_INTERESTS:" + child);

        JsonNode first = inbox("supervisor.dakar", "?order=newest").get("items").get(0);
        assertThat(first.get("caseNumber").asString()).startsWith("SN-DKR-");
        assertThat(first.get("askedBy").asString()).isEqualTo("Awa Demo-Caseworker");
        assertThat(first.get("since").asString()).isNotBlank();
        assertThat(first.get("href").asString()).isEqualTo("/cases/" + child + "/best-interests");

        String page = perform(get("/inbox").param("order", "newest"), "supervisor.dakar").getContentAsString();
        assertThat(page).contains("Approve a best-interests determination").contains("Awa Demo-Caseworker")
                .contains("href=\"/cases/" + child + "/best-interests\"");
    }

    @Test
    void pagesHoldTwentyFiveAndBadPagesOrOrdersAreRefused() throws Exception {
        for (int i = 0; i < InboxPage.SIZE + 1; i++) {
            requestClosure(dakarAdult(), "caseworker.dakar");
        }
        JsonNode first = inbox("supervisor.dakar", "");
        assertThat(first.get("items").size()).isEqualTo(InboxPage.SIZE);
        assertThat(first.get("pages").asInt()).isGreaterThan(1);
        JsonNode beyond = inbox("supervisor.dakar", "?page=" + (first.get("pages").asInt() + 1));
        assertThat(beyond.get("items").size()).isZero();

        assertThat(api(HttpMethod.GET, "/api/v1/inbox?page=0", null, "supervisor.dakar").getStatus()).isEqualTo(400);
        assertThat(api(HttpMethod.GET, "/api/v1/inbox?page=x", null, "supervisor.dakar").getStatus()).isEqualTo(400);
        assertThat(api(HttpMethod.GET, "/api/v1/inbox?order=sideways", null, "supervisor.dakar").getStatus())
                .isEqualTo(400);
        assertThat(perform(get("/inbox").param("page", "-1"), "supervisor.dakar").getStatus()).isEqualTo(400);
        assertThat(perform(get("/inbox").param("order", "sideways"), "supervisor.dakar").getStatus()).isEqualTo(400);
        String page = perform(get("/inbox").param("page", "2"), "supervisor.dakar").getContentAsString();
        assertThat(page).contains("rel=\"prev\"").contains("Page 2 of");
    }

    @Test
    void theNavigationCountsTheDecisionsWaiting() throws Exception {
        int total = inbox("supervisor.dakar", "").get("total").asInt();
        assertThat(total).isPositive();
        String home = perform(get("/"), "supervisor.dakar").getContentAsString();
        assertThat(home).containsPattern("id=\"inbox-waiting\"[^>]*>" + total + "<");
        assertThat(perform(get("/"), "caseworker.dakar").getContentAsString()).doesNotContain("inbox-waiting");
    }

    @Test
    void anOfficeWithNothingWaitingShowsTheEmptyInbox() throws Exception {
        long org = jdbc.sql("select organisation_id from office where code = 'SN-DKR'").query(Long.class).single();
        String code = "TS-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        long office = jdbc.sql("insert into office (organisation_id, code, name, country_code, city)"
                + " values (?, ?, ?, 'SN', 'Thiès') returning id").params(org, code, "Office " + code)
                .query(Long.class).single();
        String username = SignIn.uniqueUsername("supervisor");
        users.create(new NewUser(username, "Test supervisor", null, "a long test password 1", org, office, "en",
                Set.of(RoleGrant.of(Role.CASE_SUPERVISOR))));
        assertThat(inbox(username, "").get("total").asInt()).isZero();
        String page = perform(get("/inbox"), username).getContentAsString();
        assertThat(page).contains("id=\"inbox-empty\"").contains("Nothing is waiting for your decision.")
                .doesNotContain("id=\"inbox-waiting\"");
    }

    @Test
    void onlySupervisorsHaveAnInbox() throws Exception {
        assertThat(api(HttpMethod.GET, "/api/v1/inbox", null, "caseworker.dakar").getStatus()).isEqualTo(403);
        assertThat(perform(get("/inbox"), "partner.dakar").getStatus()).isEqualTo(403);
    }
}
