package org.sankofa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.cases.CaseTestSupport.api;
import static org.sankofa.cases.CaseTestSupport.childCase;
import static org.sankofa.cases.CaseTestSupport.id;
import static org.sankofa.cases.CaseTestSupport.json;
import static org.sankofa.cases.CaseTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The name search: spelling variants and word order, scoped by need to know, by POST on pages, audited. */
@SankofaTest
class CaseNameSearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;

    private long register(String username, String given, String family, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(childCase(given, family));
        body.putAll(extra);
        return id(mvc.perform(api(mvc, username, post("/api/v1/cases")).content(json(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private List<Integer> searchIds(String username, String query) throws Exception {
        String body = mvc.perform(api(mvc, username, get("/api/v1/cases").param("q", query)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].id");
    }

    @Test
    void aminatouDialoIsFoundAsAminataDialloInAnyWordOrderAndOnlyInHerOffice() throws Exception {
        long id = register("caseworker.dakar", "Aminatou", "Dialo", Map.of());

        assertThat(searchIds("caseworker.dakar", "Aminata Diallo")).contains((int) id);
        assertThat(searchIds("caseworker.dakar", "Diallo Aminata")).contains((int) id);
        assertThat(searchIds("supervisor.dakar", "aminata djalo")).contains((int) id);
        String body = mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases").param("q", "Aminata Diallo")))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.items[?(@.id == " + id + ")].name"))
                .containsExactly("Aminatou Dialo");

        // a Conakry case worker searching for the Dakar child finds nothing, by API and by page
        assertThat(searchIds("caseworker.conakry", "Aminata Diallo")).doesNotContain((int) id);
        assertThat(searchIds("caseworker.conakry", "Aminatou Dialo")).doesNotContain((int) id);
        String number = jdbc.sql("select case_number from case_file where id = ?").param(id)
                .query(String.class).single();
        String html = mvc.perform(post("/cases/search").param("q", "Aminata Diallo")
                        .with(user(users.findByUsername("caseworker.conakry").orElseThrow())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain(number);
    }

    @Test
    void aDifferentGivenNameWithTheSameFamilyNameIsNotOffered() throws Exception {
        String family = uniqueName();
        long aminata = register("caseworker.dakar", "Aminata", family, Map.of());
        long fatoumata = register("caseworker.dakar", "Fatoumata", family, Map.of());
        List<Integer> found = searchIds("caseworker.dakar", "Aminata " + family);
        assertThat(found).contains((int) aminata).doesNotContain((int) fatoumata);
    }

    @Test
    void aliasesAreSearchableToo() throws Exception {
        String alias = uniqueName();
        long id = register("caseworker.dakar", uniqueName(), uniqueName(), Map.of("aliases", alias));
        assertThat(searchIds("caseworker.dakar", alias)).contains((int) id);
    }

    @Test
    void theSearchPageIsAPostReturningRowsForHtmxAndEachShownCaseIsAudited() throws Exception {
        String given = uniqueName();
        String family = uniqueName();
        long id = register("caseworker.dakar", given, family, Map.of());
        String fragment = mvc.perform(post("/cases/search").param("q", family + " " + given)
                        .header("HX-Request", "true")
                        .with(user(users.findByUsername("caseworker.dakar").orElseThrow())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"results\"").contains(given + " " + family)
                .doesNotContain("<html");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_VIEWED' and target_id = ? "
                + "and details = 'via=search'").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        // a GET with a name in the address is not a search: the list has no q parameter
        String list = mvc.perform(get("/cases").param("q", given)
                        .with(user(users.findByUsername("caseworker.dakar").orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(given);
    }

    @Test
    void anEmptyOrTooLongQueryIsExplainedNotSearched() throws Exception {
        String html = mvc.perform(post("/cases/search").param("q", "   ")
                        .with(user(users.findByUsername("caseworker.dakar").orElseThrow())).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("aria-invalid=\"true\"").contains("q-error");
        mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases").param("q", "x".repeat(101))))
                .andExpect(status().isBadRequest());
    }
}
