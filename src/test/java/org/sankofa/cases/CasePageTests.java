package org.sankofa.cases;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.cases.CaseTestSupport.count;
import static org.sankofa.cases.CaseTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case pages work without JavaScript: register, show, edit with a stale version, filter and page the list. */
@SankofaTest
class CasePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.findByUsername(username).orElseThrow())).with(csrf());
    }

    private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String given,
            String family) {
        return validForm(request, given, family, LocalDate.now().toString(), "Tante " + family);
    }

    private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String given,
            String family, String identifiedOn, String guardian) {
        return request.param("identifiedOn", identifiedOn).param("identifiedCountry", "SN")
                .param("identifiedCity", "Dakar").param("referralSource", "Police")
                .param("traffickingStatus", "PossibleVictimOfTrafficking")
                .param("givenNames", given).param("familyName", family).param("sex", "Feminine")
                .param("estimatedAge", "9").param("citizenship", "GN").param("languages", "fr", "sus")
                .param("guardianName", guardian).param("guardianRelation", "OTHER_RELATIVE")
                .param("exploitationTypes", "ForcedBegging").param("controlMethods", "PhysicalThreats")
                .param("narrative", "Found near the market.")
                .param("route[0].country", "GN").param("route[0].role", "ORIGIN")
                .param("route[1].country", "").param("route[1].role", "")
                .param("route[2].country", "SN").param("route[2].role", "DESTINATION");
    }

    private long register(String given, String family) throws Exception {
        String location = mvc.perform(validForm(as("caseworker.dakar", post("/cases")), given, family))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/cases/\\d+");
        return Long.parseLong(location.substring("/cases/".length()));
    }

    @Test
    void aLongerCaseListSendsNoMoreStatements() throws Exception {
        String family = uniqueName();
        register(uniqueName(), family);
        MockHttpServletRequestBuilder search = get("/cases").param("q", family);
        int forOne = SqlStatements.count(() -> mvc.perform(as("caseworker.dakar", search))
                .andExpect(status().isOk()));
        for (int i = 0; i < 3; i++) {
            register(uniqueName(), family);
        }
        String[] listed = new String[1];
        int forFour = SqlStatements.count(() -> listed[0] = mvc.perform(as("caseworker.dakar",
                get("/cases").param("q", family))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        assertThat(listed[0].split("href=\"/cases/\\d+\"", -1)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(forFour).isEqualTo(forOne);
    }

    @Test
    void aCaseWorkerRegistersAChildThroughTheFormAndSeesTheCasePage() throws Exception {
        String given = uniqueName();
        String family = uniqueName();
        long id = register(given, family);
        String html = mvc.perform(as("caseworker.dakar", get("/cases/" + id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(given + " " + family).contains("Identification and screening")
                .contains("Trafficking profile").contains("Forced begging").contains("Guinea")
                .contains("about 9").contains("id=\"edit-case\"").contains("data-nav=\"cases\"");
        assertThat(jdbc.sql("select count(*) from case_route_leg where case_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("select is_child from case_file where id = ?").param(id).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void theRegistrationFormExplainsEachBadFieldAndStoresNothing() throws Exception {
        long before = count(jdbc, "case_file");
        String html = mvc.perform(validForm(as("caseworker.dakar", post("/cases")), "", uniqueName(), "31/02/2026",
                        "").param("route[1].role", "NOWHERE"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(count(jdbc, "case_file")).isEqualTo(before);
        assertThat(html).contains("id=\"givenNames\"").contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"givenNames-error\"").contains("identifiedOn-error")
                .contains("guardianName-error").contains("value=\"GN\" selected")
                .contains("This is not a valid date");
        String en = mvc.perform(validForm(as("caseworker.dakar", post("/cases")), "Ali<b>", uniqueName(),
                        LocalDate.now().plusDays(5).toString(), "Tante"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("This date is in the future.").contains("The characters &lt; and &gt; are not");
        assertThat(count(jdbc, "case_file")).isEqualTo(before);
    }

    @Test
    void savingAStaleVersionShowsAClearMessageAndKeepsTheNewerSave() throws Exception {
        String given = uniqueName();
        String family = uniqueName();
        long id = register(given, family);
        String edit = mvc.perform(as("supervisor.dakar", get("/cases/" + id + "/edit")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"" + given + "\"").contains("name=\"version\" value=\"0\"");

        String first = uniqueName();
        mvc.perform(validForm(as("caseworker.dakar", post("/cases/" + id)), first, family).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(validForm(as("supervisor.dakar", post("/cases/" + id)), uniqueName(), family)
                        .param("version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Someone else saved this record").contains("/cases/" + id + "/edit");
        String page = mvc.perform(as("caseworker.dakar", get("/cases/" + id)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(first + " " + family);
    }

    @Test
    void theListCountsItsCasesOnlyWhenAskedAfterTheRowsOrByALinkWithoutJavaScript() throws Exception {
        String day = LocalDate.now().minusDays(3).toString();
        long expected = jdbc.sql("""
                select count(*) from case_file c join office o on o.id = c.office_id
                 where o.code = 'GN-CKY' and c.identified_on = cast(? as date) and c.is_child""")
                .param(day).query(Long.class).single();
        String full = mvc.perform(as("caseworker.conakry", get("/cases").param("child", "child")
                        .param("from", day).param("to", day)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the rows come without their total; htmx loads it, and without JavaScript a link asks for it
        assertThat(full).contains("id=\"case-count\"").contains("hx-get=\"/cases/count?child=child&amp;from=" + day)
                .contains("href=\"/cases?child=child&amp;from=" + day + "&amp;to=" + day + "&amp;count=true\"");
        String count = mvc.perform(as("caseworker.conakry", get("/cases/count").param("child", "child")
                        .param("from", day).param("to", day).header("HX-Request", "true")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(count).doesNotContain("<html").contains("id=\"case-count\"")
                .contains(expected == 0 ? "No case" : expected == 1 ? "1 case" : expected + " cases");
        String counted = mvc.perform(as("caseworker.conakry", get("/cases").param("child", "child")
                        .param("from", day).param("to", day).param("count", "true")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(counted).doesNotContain("hx-get=\"/cases/count")
                .contains(expected == 0 ? "No case" : expected == 1 ? "1 case" : expected + " cases");
        mvc.perform(as("caseworker.conakry", get("/cases/count").param("age", "7-9")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("caseworker.conakry", get("/api/v1/cases").param("child", "child")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void theListFiltersWithoutJavaScriptUpdatesByHtmxAndPagesByKeyset() throws Exception {
        for (int i = 0; i < 27; i++) {
            CaseFixtures.childCase(jdbc, fieldCipher, "SN-DKR", "Page", "Test");
        }
        String full = mvc.perform(as("supervisor.dakar", get("/cases").param("child", "child")
                        .param("exploitation", "ForcedBegging")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(full).contains("<html").contains("id=\"case-filters\"").contains("rel=\"next\"")
                .contains("cursor=");
        String cursor = full.replaceAll("(?s).*cursor=([A-Za-z0-9_-]+).*", "$1");
        String fragment = mvc.perform(as("supervisor.dakar", get("/cases").param("child", "child")
                        .param("exploitation", "ForcedBegging").param("cursor", cursor)
                        .header("HX-Request", "true")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"results\"");
        mvc.perform(as("supervisor.dakar", get("/cases").param("age", "7-9")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("supervisor.dakar", get("/cases").param("from", "not-a-date")))
                .andExpect(status().isBadRequest());
    }

    @Autowired
    org.sankofa.cases.internal.protection.FieldCipher fieldCipher;
}
