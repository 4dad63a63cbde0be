package org.sankofa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.cases.CaseTestSupport.NO_CASE_ACCESS;
import static org.sankofa.cases.CaseTestSupport.api;
import static org.sankofa.cases.CaseTestSupport.childCase;
import static org.sankofa.cases.CaseTestSupport.id;
import static org.sankofa.cases.CaseTestSupport.json;
import static org.sankofa.cases.CaseTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Need to know, through every path: roles without case access are refused (403), another office's case does not
 * exist for you (404, absent from lists, totals and searches), a partner sees a case only once it is referred to
 * its organisation, and then only what the referral shares.
 */
@SankofaTest
class CaseAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;

    private MockHttpServletRequestBuilder page(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.findByUsername(username).orElseThrow())).with(csrf());
    }

    private long dakarCase(String given, String family) throws Exception {
        return id(mvc.perform(api(mvc, "caseworker.dakar", post("/api/v1/cases"))
                        .content(json(childCase(given, family))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    static List<String> rolesWithoutCaseAccess() {
        return NO_CASE_ACCESS;
    }

    @ParameterizedTest
    @MethodSource("rolesWithoutCaseAccess")
    void rolesWithoutCaseAccessAreRefusedEveryCasePath(String username) throws Exception {
        long id = dakarCase(uniqueName(), uniqueName());
        mvc.perform(page(username, get("/cases"))).andExpect(status().isForbidden());
        mvc.perform(page(username, get("/cases")).header("HX-Request", "true")).andExpect(status().isForbidden());
        mvc.perform(page(username, get("/cases/" + id))).andExpect(status().isForbidden());
        mvc.perform(page(username, get("/cases/" + id + "/edit"))).andExpect(status().isForbidden());
        mvc.perform(page(username, get("/cases/new"))).andExpect(status().isForbidden());
        mvc.perform(page(username, post("/cases/search").param("q", "Diallo"))).andExpect(status().isForbidden());
        mvc.perform(page(username, post("/cases/search").param("q", "Diallo")).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(page(username, post("/cases").param("givenNames", "X"))).andExpect(status().isForbidden());
        mvc.perform(api(mvc, username, get("/api/v1/cases"))).andExpect(status().isForbidden());
        mvc.perform(api(mvc, username, get("/api/v1/cases?q=Diallo"))).andExpect(status().isForbidden());
        mvc.perform(api(mvc, username, get("/api/v1/cases/" + id))).andExpect(status().isForbidden());
        mvc.perform(api(mvc, username, post("/api/v1/cases")).content("{}")).andExpect(status().isForbidden());
        mvc.perform(api(mvc, username, put("/api/v1/cases/" + id)).content("{}")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where target_type = 'case' and target_id = ? "
                + "and actor = ?").params(String.valueOf(id), username).query(Long.class).single()).isZero();
    }

    @Test
    void anotherOfficesCaseIsNotFoundAndAbsentFromListTotalAndSearch() throws Exception {
        String given = uniqueName();
        String family = uniqueName();
        long id = dakarCase(given, family);
        for (String username : List.of("caseworker.conakry", "supervisor.conakry")) {
            mvc.perform(page(username, get("/cases/" + id))).andExpect(status().isNotFound());
            mvc.perform(page(username, get("/cases/" + id + "/edit"))).andExpect(status().isNotFound());
            mvc.perform(api(mvc, username, get("/api/v1/cases/" + id))).andExpect(status().isNotFound());
            mvc.perform(api(mvc, username, put("/api/v1/cases/" + id)).content(json(Map.of("version", 0))))
                    .andExpect(status().isNotFound());
            String list = mvc.perform(api(mvc, username, get("/api/v1/cases?size=100&count=true")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Integer> offices = JsonPath.read(list, "$.items[*].officeId");
            long conakry = jdbc.sql("select id from office where code = 'GN-CKY'").query(Long.class).single();
            assertThat(offices).allMatch(o -> o == conakry);
            long total = ((Number) JsonPath.read(list, "$.total")).longValue();
            assertThat(total).isEqualTo(jdbc.sql("select count(*) from case_file where office_id = ?")
                    .param(conakry).query(Long.class).single());
            List<Integer> ids = JsonPath.read(list, "$.items[*].id");
            assertThat(ids).doesNotContain((int) id);
            mvc.perform(api(mvc, username, get("/api/v1/cases").param("q", given + " " + family)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0))
                    .andExpect(jsonPath("$.items").isEmpty());
            String number = jdbc.sql("select case_number from case_file where id = ?").param(id)
                    .query(String.class).single();
            String html = mvc.perform(page(username, post("/cases/search").param("q", given + " " + family)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain(number).contains("No case matches the name");
            String listPage = mvc.perform(page(username, get("/cases")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(listPage).doesNotContain(number);
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where target_type = 'case' and target_id = ? "
                + "and actor like '%conakry'").param(String.valueOf(id)).query(Long.class).single()).isZero();
    }

    @Test
    void aPartnerSeesACaseOnlyAfterAReferralAndOnlyTheSharedParts() throws Exception {
        String given = uniqueName();
        String family = uniqueName();
        long id = dakarCase(given, family);
        String number = jdbc.sql("select case_number from case_file where id = ?").param(id)
                .query(String.class).single();

        mvc.perform(api(mvc, "partner.dakar", get("/api/v1/cases/" + id))).andExpect(status().isNotFound());
        mvc.perform(page("partner.dakar", get("/cases/" + id))).andExpect(status().isNotFound());
        mvc.perform(api(mvc, "partner.dakar", get("/api/v1/cases?size=100")))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());

        long referral = jdbc.sql("""
                insert into case_referral (case_id, partner_org_id, service_type, shares, sent_on)
                select ?, organisation_id, 'SHELTER', '{AGE_SEX}', current_date from app_user
                 where username = 'partner.dakar' returning id""").param(id).query(Long.class).single();

        mvc.perform(api(mvc, "partner.dakar", get("/api/v1/cases/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(number))
                .andExpect(jsonPath("$.fullAccess").value(false))
                .andExpect(jsonPath("$.person.sex").value("Masculine"))
                .andExpect(jsonPath("$.person.ageAtIdentification").value(11))
                .andExpect(jsonPath("$.person.givenNames").doesNotExist())
                .andExpect(jsonPath("$.person.contact").doesNotExist())
                .andExpect(jsonPath("$.person.guardianName").doesNotExist())
                .andExpect(jsonPath("$.identification").doesNotExist())
                .andExpect(jsonPath("$.profile").doesNotExist())
                .andExpect(jsonPath("$.route").doesNotExist());
        String pageHtml = mvc.perform(page("partner.dakar", get("/cases/" + id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pageHtml).contains(number).doesNotContain(given).doesNotContain(family)
                .doesNotContain("+221 77").doesNotContain("id=\"edit-case\"");
        mvc.perform(api(mvc, "partner.dakar", get("/api/v1/cases?size=100")))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].caseNumber").value(number));
        // without the NAME share, a name search does not reveal the case
        mvc.perform(api(mvc, "partner.dakar", get("/api/v1/cases").param("q", given + " " + family)))
                .andExpect(jsonPath("$.total").value(0));
        // partners never change case records
        mvc.perform(api(mvc, "partner.dakar", put("/api/v1/cases/" + id)).content(json(Map.of("version", 0))))
                .andExpect(status().isForbidden());
        mvc.perform(page("partner.dakar", get("/cases/" + id + "/edit"))).andExpect(status().isForbidden());

        jdbc.sql("update case_referral set shares = '{NAME,AGE_SEX,CONTACT,PROFILE}' where id = ?")
                .param(referral).update();
        mvc.perform(api(mvc, "partner.dakar", get("/api/v1/cases/" + id)))
                .andExpect(jsonPath("$.person.givenNames").value(given))
                .andExpect(jsonPath("$.person.contact").value("+221 77 000 00 00"))
                .andExpect(jsonPath("$.profile.exploitationTypes[0]").value("ForcedBegging"))
                .andExpect(jsonPath("$.route[0].country").value("GN"))
                .andExpect(jsonPath("$.identification").doesNotExist());
        mvc.perform(api(mvc, "partner.dakar", get("/api/v1/cases").param("q", family + " " + given)))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].name").value(given + " " + family));

        jdbc.sql("update case_referral set status = 'DECLINED' where id = ?").param(referral).update();
        mvc.perform(api(mvc, "partner.dakar", get("/api/v1/cases/" + id))).andExpect(status().isNotFound());
    }
}
