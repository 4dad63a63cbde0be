package org.sankofa.web;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The language switcher brings the person back to the page they were on, with its filters, never off the site. */
@SankofaTest
class LanguageSwitchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;

    @Test
    void theSwitcherKeepsThePageAndItsFiltersButNeverASearchText() throws Exception {
        var observer = users.findByUsername("observer").orElseThrow();
        String page = mvc.perform(get("/directory/organisations?type=NGO").with(user(observer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"return\" value=\"/directory/organisations?type=NGO\"");
        String search = mvc.perform(get("/directory/organisations?q=Abri").with(user(observer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(search).contains("name=\"return\" value=\"/directory/organisations\"").doesNotContain("?q=Abri\"");
    }

    @Test
    void theSwitcherReturnsOnlyToPagesOfThisSite() throws Exception {
        for (String target : new String[] {"https://example.org/", "//example.org/x", "/\\example.org"}) {
            MockHttpServletResponse answer = mvc.perform(post("/language").param("lang", "fr")
                    .param("return", target).with(csrf())).andReturn().getResponse();
            assertThat(answer.getRedirectedUrl()).as(target).isEqualTo("/");
        }
        MockHttpServletResponse back = mvc.perform(post("/language").param("lang", "pt")
                .param("return", "/plans/comparison?ids=1,2").with(csrf())).andReturn().getResponse();
        assertThat(back.getRedirectedUrl()).isEqualTo("/plans/comparison?ids=1,2");
    }
}
