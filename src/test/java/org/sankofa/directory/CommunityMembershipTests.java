package org.sankofa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@SankofaTest
class CommunityMembershipTests {

    @Autowired
    Communities communities;
    @Autowired
    Countries countries;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;

    private List<String> members(String community, String date) {
        return communities.members(community, LocalDate.parse(date)).stream().map(Membership::countryCode).toList();
    }

    @Test
    void ecowasHadFifteenMembersBeforeTheSahelStatesLeftAndTwelveAfter() {
        assertThat(members("ECOWAS", "2024-06-01")).hasSize(15).contains("BF", "ML", "NE", "CV")
                .doesNotContain("MR");
        assertThat(members("ECOWAS", "2025-06-01")).hasSize(12).doesNotContain("BF", "ML", "NE");
    }

    @Test
    void aCountryIsNoLongerAMemberOnTheDayItsWithdrawalTakesEffect() {
        assertThat(members("ECOWAS", "2025-01-28")).contains("BF");
        assertThat(members("ECOWAS", "2025-01-29")).doesNotContain("BF");
        assertThat(members("EU", "2020-01-31")).contains("GB");
        assertThat(members("EU", "2020-02-01")).doesNotContain("GB");
    }

    @Test
    void aCountryThatLeftAndRejoinedIsListedOnceWhenAMember() {
        assertThat(members("ECCAS", "2010-01-01")).doesNotContain("RW");
        assertThat(members("ECCAS", "2020-01-01")).containsOnlyOnce("RW");
    }

    @Test
    void countriesAreEveryIsoCodeNamedInTheLanguageAsked() {
        assertThat(countries.codes()).hasSize(249).contains("SN", "GB", "CV");
        assertThat(countries.exists("SN")).isTrue();
        assertThat(countries.exists("XX")).isFalse();
        assertThat(countries.exists("sn")).isFalse();
        assertThat(countries.exists(null)).isFalse();
        assertThat(countries.name("SN", Locale.FRENCH)).isEqualTo("Sénégal");
        assertThat(countries.name("CI", Locale.forLanguageTag("pt"))).isEqualTo("Costa do Marfim");
        List<Country> french = countries.all(Locale.FRENCH);
        assertThat(french).hasSize(249);
        // sorted by name for a select list, accents ignored: Égypte comes among the E's, before Érythrée
        int egypt = french.indexOf(new Country("EG", "Égypte"));
        int eritrea = french.indexOf(new Country("ER", "Érythrée"));
        assertThat(egypt).isPositive().isLessThan(eritrea);
        assertThat(french.get(0).code()).isEqualTo("AF");
    }

    @Test
    void membersApiListsTheMembersOnTheDateAsked() throws Exception {
        mvc.perform(get("/api/v1/communities/ECOWAS/members").param("date", "2024-06-01")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "observer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.community").value("ECOWAS"))
                .andExpect(jsonPath("$.date").value("2024-06-01"))
                .andExpect(jsonPath("$.members", hasSize(15)))
                .andExpect(jsonPath("$.members[?(@.country == 'BF')].leftOn").value(hasItem("2025-01-29")))
                .andExpect(jsonPath("$.members[?(@.country == 'SN')].name").value(hasItem("Senegal")))
                .andExpect(jsonPath("$.members[?(@.country == 'SN')].joinedOn").value(hasItem("1975-05-28")));
        mvc.perform(get("/api/v1/communities/ECOWAS/members").param("date", "2025-06-01")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "observer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members", hasSize(12)));
    }

    @Test
    void membersApiNamesCountriesInTheAcceptLanguage() throws Exception {
        mvc.perform(get("/api/v1/communities/ECOWAS/members").param("date", "2024-06-01")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-SN,fr;q=0.9,en;q=0.5")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[?(@.country == 'SN')].name").value(hasItem("Sénégal")))
                .andExpect(jsonPath("$.members[?(@.country == 'CV')].name").value(hasItem("Cap-Vert")));
        mvc.perform(get("/api/v1/communities/ECOWAS/members").param("date", "2024-06-01")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "pt-BR")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[?(@.country == 'CI')].name").value(hasItem("Costa do Marfim")));
        mvc.perform(get("/api/v1/countries").header(HttpHeaders.ACCEPT_LANGUAGE, "pt")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(249)))
                .andExpect(jsonPath("$[?(@.code == 'GB')].name").value(hasItem("Reino Unido")));
        mvc.perform(get("/api/v1/countries").header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "admin")))
                .andExpect(jsonPath("$[?(@.code == 'GB')].name").value(hasItem("Royaume-Uni")));
    }

    @Test
    void membersApiAnswersAProblemForAnUnknownCommunity() throws Exception {
        mvc.perform(get("/api/v1/communities/NOPE/members")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "observer")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "yesterday", "2024-13-01", "2024-02-30", "01/06/2024", "2024-6-1", " " })
    void membersApiAnswers400WithAMessageForAMalformedDate(String date) throws Exception {
        if (date.isBlank()) {
            // a blank date is today's members, not an error
            mvc.perform(get("/api/v1/communities/ECOWAS/members").param("date", date)
                            .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "observer")))
                    .andExpect(status().isOk());
            return;
        }
        mvc.perform(get("/api/v1/communities/ECOWAS/members").param("date", date)
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "observer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.errors.date").isNotEmpty());
    }

    @Test
    void communitiesApiListsTheSevenCommunities() throws Exception {
        mvc.perform(get("/api/v1/communities")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "caseworker.dakar")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[*].code", hasItem("ECOWAS")));
    }

    private CurrentUser observer() {
        return users.findByUsername("observer").orElseThrow();
    }

    @Test
    void communitiesPageListsTheCommunitiesForEveryoneSignedIn() throws Exception {
        mvc.perform(get("/directory/communities").with(user(observer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Economic Community of West African States")))
                .andExpect(content().string(containsString("Intergovernmental Authority on Development")));
    }

    @Test
    void membersPageShowsTheMembersOnTheDateChosen() throws Exception {
        mvc.perform(get("/directory/communities/ECOWAS").param("date", "2024-06-01").with(user(observer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("15 members on 2024-06-01")))
                .andExpect(content().string(containsString("Burkina Faso")))
                .andExpect(content().string(containsString("withdrawal effective 29 January 2025")));
        mvc.perform(get("/directory/communities/ECOWAS").param("date", "2025-06-01").with(user(observer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12 members on 2025-06-01")))
                .andExpect(content().string(not(containsString("Burkina Faso"))));
        mvc.perform(get("/directory/communities/ECOWAS").with(user(observer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("on " + LocalDate.now())));
    }

    @Test
    void membersPageExplainsAMalformedDateWithoutFailing() throws Exception {
        mvc.perform(get("/directory/communities/ECOWAS").param("date", "2024-02-30").with(user(observer())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This is not a date")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void membersPageOfAnUnknownCommunityIsNotFound() throws Exception {
        mvc.perform(get("/directory/communities/NOPE").with(user(observer())))
                .andExpect(status().isNotFound());
    }
}
