package org.sankofa.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The entry forms of a case's sections open on demand: behind a closed {@code <details>} summary in the case page
 * (where htmx loads each section), open on the section's own page (the way without JavaScript) and when they come
 * back with a message; destructive actions stand apart and ask first; the case page indexes every section.
 */
@SankofaTest
class CaseSectionFormsTests {

    private static final List<String> SECTIONS = List.of("consents", "assessments", "best-interests", "services",
            "referrals", "notes", "attachments", "tracing", "transfer", "return", "reintegration", "closure");
    private static final Pattern ON_DEMAND = Pattern.compile("<details class=\"on-demand[^\"]*\"([^>]*)>");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;

    @Test
    void sectionFormsAreClosedInTheCasePageAndOpenOnTheSectionsOwnPage() throws Exception {
        long id = openDakarCase();
        int forms = 0;
        for (String section : SECTIONS) {
            List<String> inCasePage = onDemand(html(get("/cases/" + id + "/" + section).header("HX-Request", "true")));
            List<String> ownPage = onDemand(html(get("/cases/" + id + "/" + section)));
            assertThat(inCasePage).as("forms of %s loaded by htmx", section).allMatch(attributes -> !isOpen(attributes));
            assertThat(ownPage).as("forms of %s on its own page", section).hasSameSizeAs(inCasePage)
                    .allMatch(CaseSectionFormsTests::isOpen);
            forms += inCasePage.size();
        }
        assertThat(forms).as("entry forms on demand").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aFormThatComesBackWithAMessageStaysOpen() throws Exception {
        long id = openDakarCase();
        String answer = mvc.perform(as(post("/cases/" + id + "/notes").header("HX-Request", "true")
                        .param("body", "")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(onDemand(answer)).singleElement().matches(CaseSectionFormsTests::isOpen);
        assertThat(answer).contains("id=\"note-body-error\"");
    }

    @Test
    void closingACaseStandsApartAndAsksFirstWithOrWithoutHtmx() throws Exception {
        long id = openDakarCase();
        String fragment = html(get("/cases/" + id + "/closure").header("HX-Request", "true"));
        assertThat(fragment).containsPattern("<details class=\"on-demand danger-zone\"")
                .containsPattern("id=\"close-form\"[^>]*hx-confirm=\"[^\"]+\"")
                .containsPattern("<button type=\"submit\" class=\"danger\"");
        String page = html(get("/cases/" + id + "/closure"));
        assertThat(page).containsPattern("id=\"close-form\"[^>]*data-confirm=\"[^\"]+\"");
    }

    @Test
    void theCasePageIndexesEachOfItsSections() throws Exception {
        long id = openDakarCase();
        String page = html(get("/cases/" + id));
        Matcher index = Pattern.compile("(?s)<nav class=\"case-index\".*?</nav>").matcher(page);
        assertThat(index.find()).isTrue();
        for (String section : SECTIONS) {
            assertThat(index.group()).contains("href=\"#care-slot-" + section + "\"");
            assertThat(page).contains("id=\"care-slot-" + section + "\"");
        }
        assertThat(index.group()).contains("href=\"#person\"");
    }

    private static boolean isOpen(String attributes) {
        // attributes may run over several lines
        return Pattern.compile("\\bopen\\b").matcher(attributes).find();
    }

    private static List<String> onDemand(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = ON_DEMAND.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(users.findByUsername("caseworker.dakar").orElseThrow())).with(csrf());
    }

    /** An open adult case of Dakar, with no closure asked, so that every entry form is offered. */
    private long openDakarCase() {
        return jdbc.sql("""
                select f.id from case_file f join office o on o.id = f.office_id
                where o.code = 'SN-DKR' and f.status = 'Active' and not f.is_child
                  and not exists (select 1 from case_closure_request r where r.case_id = f.id and r.status = 'REQUESTED')
                order by f.id limit 1""").query(Long.class).single();
    }
}
