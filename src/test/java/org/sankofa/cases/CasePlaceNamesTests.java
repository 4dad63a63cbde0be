package org.sankofa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.cases.CaseTestSupport.api;
import static org.sankofa.cases.CaseTestSupport.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The city of identification and the places of recruitment and of exploitation are encrypted like names
 * (docs/decisions/0011-place-names.md): the database holds none of them in clear, the case page, the API and the
 * edit form show them as typed, and a save that does not change them does not count them as changed.
 */
@SankofaTest
class CasePlaceNamesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserAccounts users;

    /** Three places as a case worker types them: a neighbourhood, a village, a household; and the child's name. */
    record Places(String city, String recruitment, String exploitation, String family) {

        static Places unique() {
            String word = uniqueName();
            return new Places("Médina " + word, "Village de " + word, "Concession " + word + " près du marché",
                    uniqueName());
        }

        Places movedTo(Places other) {
            return new Places(other.city(), other.recruitment(), other.exploitation(), family);
        }
    }

    /** The places as stored: the raw columns of the case. */
    record Stored(String city, String recruitment, String exploitation) {
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.findByUsername(username).orElseThrow())).with(csrf());
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Places places) {
        return request.param("identifiedOn", LocalDate.now().minusDays(1).toString()).param("identifiedCountry", "SN")
                .param("identifiedCity", places.city()).param("referralSource", "Police")
                .param("traffickingStatus", "PossibleVictimOfTrafficking")
                .param("givenNames", "Binta").param("familyName", places.family()).param("sex", "Feminine")
                .param("estimatedAge", "12").param("citizenship", "GN").param("languages", "fr")
                .param("guardianName", "Tante Binta").param("guardianRelation", "OTHER_RELATIVE")
                .param("exploitationTypes", "ForcedLabour")
                .param("forcedLabourIndustry", "T_ActivitiesOfHouseholdsAsEmployers")
                .param("recruitmentCountry", "GN").param("recruitmentPlace", places.recruitment())
                .param("exploitationCountry", "SN").param("exploitationPlace", places.exploitation())
                .param("narrative", "Worked in a household.")
                .param("route[0].country", "GN").param("route[0].role", "ORIGIN")
                .param("route[1].country", "SN").param("route[1].role", "DESTINATION");
    }

    private long register(Places places) throws Exception {
        String location = mvc.perform(form(as("caseworker.dakar", post("/cases")), places))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/cases/".length()));
    }

    private Stored stored(long id) {
        return jdbc.sql("""
                select c.identified_city as city, f.recruitment_place as recruitment,
                       f.exploitation_place as exploitation
                  from case_file c join case_profile f on f.case_id = c.id where c.id = ?""")
                .param(id).query(Stored.class).single();
    }

    @Test
    void aNewCaseStoresNoPlaceNameInClear() throws Exception {
        Places places = Places.unique();
        long id = register(places);

        Stored stored = stored(id);
        String word = places.city().substring("Médina ".length());
        for (String value : new String[] {stored.city(), stored.recruitment(), stored.exploitation()}) {
            assertThat(value).startsWith("v1:").doesNotContainIgnoringCase(word).doesNotContain("Médina")
                    .doesNotContain("Village").doesNotContain("Concession");
        }
        assertThat(cipher.decrypt(stored.city(), "case_file.identified_city")).isEqualTo(places.city());
        assertThat(cipher.decrypt(stored.recruitment(), "case_profile.recruitment_place"))
                .isEqualTo(places.recruitment());
        assertThat(cipher.decrypt(stored.exploitation(), "case_profile.exploitation_place"))
                .isEqualTo(places.exploitation());
        // lists, filters and statistics keep the countries, in clear
        assertThat(jdbc.sql("select identified_country from case_file where id = ?").param(id).query(String.class)
                .single()).isEqualTo("SN");

        String page = mvc.perform(as("caseworker.dakar", get("/cases/" + id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(places.city()).contains(places.recruitment())
                .contains("Concession " + word + " près du marché");
        mvc.perform(api(mvc, "supervisor.dakar", get("/api/v1/cases/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.identification.city").value(places.city()))
                .andExpect(jsonPath("$.profile.recruitmentPlace").value(places.recruitment()))
                .andExpect(jsonPath("$.profile.exploitationPlace").value(places.exploitation()));
    }

    @Test
    void theEditFormShowsThePlacesAndSavesThemEncrypted() throws Exception {
        Places before = Places.unique();
        long id = register(before);
        String edit = mvc.perform(as("caseworker.dakar", get("/cases/" + id + "/edit"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"" + before.city() + "\"").contains("value=\"" + before.recruitment() + "\"")
                .contains("value=\"" + before.exploitation() + "\"");

        // saved back unchanged: the places are not counted as changed (compared in clear, not as ciphertexts)
        mvc.perform(form(as("caseworker.dakar", post("/cases/" + id)), before).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(lastUpdate(id)).doesNotContain("identifiedCity").doesNotContain("Place");

        Places after = before.movedTo(Places.unique());
        mvc.perform(form(as("caseworker.dakar", post("/cases/" + id)), after).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(lastUpdate(id)).contains("identifiedCity").contains("recruitmentPlace")
                .contains("exploitationPlace");
        Stored stored = stored(id);
        assertThat(Map.of("city", stored.city(), "recruitment", stored.recruitment(), "exploitation",
                stored.exploitation())).allSatisfy((field, value) -> assertThat(value).as(field).startsWith("v1:")
                        .doesNotContain(after.city()).doesNotContain(after.recruitment()));
        assertThat(mvc.perform(as("caseworker.dakar", get("/cases/" + id + "/edit"))).andReturn().getResponse()
                .getContentAsString()).contains("value=\"" + after.city() + "\"")
                .contains("value=\"" + after.recruitment() + "\"").contains("value=\"" + after.exploitation() + "\"");
    }

    private String lastUpdate(long id) {
        return jdbc.sql("""
                select details from audit_entry where action = 'CASE_UPDATED' and target_type = 'case'
                   and target_id = ? order by id desc limit 1""").param(String.valueOf(id)).query(String.class)
                .single();
    }
}
