package org.sankofa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sankofa.directory.Country;
import org.sankofa.directory.CountryPicker;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Country pickers offer the region first, from one helper; date fields take and show ISO dates with a placeholder in
 * the reader's language, whatever the browser's language.
 */
@SankofaTest
class PickersAndDateFieldsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CountryPicker picker;
    @Autowired
    UserAccounts users;

    @Test
    void theRegionsCountriesComeFirstAndAntarcticaIsAmongTheOthers() {
        List<CountryPicker.Group> groups = picker.groups(Locale.ENGLISH);
        List<String> region = groups.get(0).countries().stream().map(Country::code).toList();
        List<String> others = groups.get(1).countries().stream().map(Country::code).toList();
        assertThat(region).contains("SN", "GN", "ML", "BF", "NE", "CM", "TD").doesNotContain("AQ", "FR");
        assertThat(others).contains("AQ", "FR").doesNotContainAnyElementsOf(region);
        assertThat(region.size() + others.size()).isEqualTo(249);
        assertThat(picker.regionFirst(Locale.ENGLISH).get(0).code()).isIn(region);
    }

    @Test
    void thePlanFilterOffersTheRegionInItsOwnGroupFirst() throws Exception {
        Document page = page("/plans", Locale.FRENCH);
        List<Element> groups = page.select("select#country optgroup");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).attr("label")).isEqualTo("Afrique de l’Ouest et centrale (CEDEAO, CEEAC)");
        assertThat(groups.get(0).select("option").eachAttr("value")).contains("SN").doesNotContain("AQ");
        assertThat(groups.get(1).select("option").eachAttr("value")).contains("AQ");
    }

    @Test
    void aDateFieldTakesAnIsoDateWithAPlaceholderInTheReadersLanguage() throws Exception {
        Element french = page("/legal/matrix", Locale.FRENCH).getElementById("date");
        assertThat(french.attr("type")).isEqualTo("text");
        assertThat(french.attr("pattern")).isEqualTo("\\d{4}-\\d{2}-\\d{2}");
        assertThat(french.attr("placeholder")).isEqualTo("AAAA-MM-JJ");
        assertThat(french.attr("inputmode")).isEqualTo("numeric");
        assertThat(page("/legal/matrix", Locale.ENGLISH).getElementById("date").attr("placeholder"))
                .isEqualTo("YYYY-MM-DD");
        assertThat(page("/legal/matrix", Locale.ENGLISH).select("input[type=date]")).isEmpty();
    }

    @Test
    void everyTableTakesTheFocusSoThatItsColumnsCanBeScrolledWithTheKeyboardAtPhoneWidth() throws Exception {
        for (String path : List.of("/legal/matrix", "/plans", "/directory/communities")) {
            List<Element> tables = page(path, Locale.ENGLISH).select("table");
            assertThat(tables).as(path).isNotEmpty()
                    .allSatisfy(table -> assertThat(table.attr("tabindex")).as(path).isEqualTo("0"));
        }
    }

    /** A page as a coordinator who works in that language reads it. */
    private Document page(String path, Locale language) throws Exception {
        String username = SignIn.uniqueUsername("picker");
        users.create(new NewUser(username, "Picker", null, "picker-password-1", null, null, language.getLanguage(),
                Set.of(RoleGrant.of(Role.OBSERVER))));
        CurrentUser reader = users.findByUsername(username).orElseThrow();
        return Jsoup.parse(mvc.perform(get(path).with(user(reader))).andReturn().getResponse().getContentAsString());
    }
}
