package org.sankofa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.sankofa.directory.DirectoryTestSupport.count;
import static org.sankofa.directory.DirectoryTestSupport.office;
import static org.sankofa.directory.DirectoryTestSupport.officeCode;
import static org.sankofa.directory.DirectoryTestSupport.organisation;
import static org.sankofa.directory.DirectoryTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SankofaTest
class OrganisationPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    UserAccounts users;

    private CurrentUser account(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(account("admin"))).with(csrf());
    }

    private static Map<String, String> organisationForm(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("acronym", "ABC");
        form.put("type", "GOVERNMENT");
        form.put("country", "GH");
        form.put("website", "http://example.gov.gh");
        return form;
    }

    private static Map<String, String> officeForm(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", "Kumasi office");
        form.put("country", code.substring(0, 2));
        form.put("city", "Kumasi");
        return form;
    }

    private static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request,
            Map<String, String> params) {
        params.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }

    private Organisation existing() {
        return organisation(directory, "Page NGO");
    }

    @Test
    void everyoneSignedInSeesTheListAndAnHtmxSearchAnswersOnlyTheTable() throws Exception {
        String tag = unique("Qv").replace(" ", "");
        directory.create(new NewOrganisation(tag + " Ministry of Justice", "MOJ", OrganisationType.GOVERNMENT, "ML",
                null), "test");
        mvc.perform(get("/directory/organisations").param("q", "migration").with(user(account("caseworker.dakar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"organisation-search\"")))
                .andExpect(content().string(containsString("International Organization for Migration")))
                .andExpect(content().string(not(containsString("id=\"new-organisation\""))));
        mvc.perform(get("/directory/organisations").param("q", tag.toUpperCase()).header("HX-Request", "true")
                        .with(user(account("caseworker.dakar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString(tag + " Ministry of Justice")))
                .andExpect(content().string(containsString("Mali")))
                .andExpect(content().string(not(containsString("International Organization for Migration"))));
        mvc.perform(get("/directory/organisations").param("q", tag).param("type", "NGO")
                        .with(user(account("observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No organisation matches this search")));
    }

    @Test
    void theListShowsTwentyFiveOrganisationsAPage() throws Exception {
        String tag = unique("Pg").replace(" ", "");
        for (int i = 0; i < 26; i++) {
            directory.create(new NewOrganisation(String.format("%s %02d", tag, i), null, OrganisationType.NGO, null,
                    null), "test");
        }
        String first = mvc.perform(get("/directory/organisations").param("q", tag).with(user(account("observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("26 organisations found")))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains(tag + " 24").doesNotContain(tag + " 25");
        mvc.perform(get("/directory/organisations").param("q", tag).param("page", "1")
                        .with(user(account("observer"))))
                .andExpect(content().string(containsString(tag + " 25")))
                .andExpect(content().string(not(containsString(tag + " 24"))))
                .andExpect(content().string(containsString("Page 2 of 2")));
    }

    @Test
    void badListParametersAnswer400AndUnknownRecords404() throws Exception {
        CurrentUser observer = account("observer");
        mvc.perform(get("/directory/organisations").param("type", "CHARITY").with(user(observer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The request could not be understood")));
        mvc.perform(get("/directory/organisations").param("page", "-1").with(user(observer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/directory/organisations").param("q", "q".repeat(101)).with(user(observer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/directory/organisations/not-a-number").with(user(observer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The request could not be understood")));
        mvc.perform(get("/directory/organisations/99999999").with(user(observer)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is nothing here")));
    }

    @Test
    void theDetailsShowTheOrganisationAndItsOffices() throws Exception {
        Organisation o = existing();
        directory.create(new NewOffice(o.id(), officeCode("SN"), "Saint-Louis office", "SN", "Saint-Louis"), "test");
        mvc.perform(get("/directory/organisations/" + o.id().value()).with(user(account("partner.dakar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(o.name())))
                .andExpect(content().string(containsString("Saint-Louis office")))
                .andExpect(content().string(containsString("Senegal")))
                .andExpect(content().string(not(containsString("id=\"edit-organisation\""))));
        mvc.perform(get("/directory/organisations/" + o.id().value()).with(user(account("admin"))))
                .andExpect(content().string(containsString("id=\"edit-organisation\"")))
                .andExpect(content().string(containsString("id=\"new-office\"")));
    }

    @Test
    void anAdministratorCreatesAndEditsAnOrganisationWithTheForms() throws Exception {
        mvc.perform(asAdmin(get("/directory/organisations/new")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"name\"")))
                .andExpect(content().string(containsString("Côte d’Ivoire")));
        String name = unique("Ghana Anti-Human Trafficking Unit");
        mvc.perform(asAdmin(withParams(post("/directory/organisations"), organisationForm(name))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/directory/organisations/*"))
                .andExpect(flash().attribute("message", "organisation.created"));
        long id = jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();

        mvc.perform(asAdmin(get("/directory/organisations/" + id + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        Map<String, String> change = organisationForm(name);
        change.put("type", "LAW_ENFORCEMENT");
        change.put("website", "");
        change.put("version", "0");
        mvc.perform(asAdmin(withParams(post("/directory/organisations/" + id), change)))
                .andExpect(redirectedUrl("/directory/organisations/" + id));
        Organisation saved = directory.organisation(new OrganisationId(id)).orElseThrow();
        assertThat(saved.type()).isEqualTo(OrganisationType.LAW_ENFORCEMENT);
        assertThat(saved.website()).isNull();
        assertThat(saved.version()).isEqualTo(1);

        List<String> audited = jdbc.sql("select details from audit_entry where target_type = 'organisation' "
                + "and target_id = ? order by id").param(String.valueOf(id)).query(String.class).list();
        assertThat(audited).containsExactly("fields=name,acronym,type,country,website", "fields=type,website");

        // the same form sent again carries an old version: a clear message, nothing overwritten
        change.put("name", name + " again");
        mvc.perform(asAdmin(withParams(post("/directory/organisations/" + id), change)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this record")))
                .andExpect(content().string(containsString("Reload the latest version")));
        assertThat(directory.organisation(new OrganisationId(id)).orElseThrow().name()).isEqualTo(name);
        change.put("version", "latest");
        mvc.perform(asAdmin(withParams(post("/directory/organisations/" + id), change)))
                .andExpect(status().isBadRequest());
        assertThat(directory.organisation(new OrganisationId(id)).orElseThrow()).isEqualTo(saved);
    }

    static Stream<Arguments> badOrganisationForms() {
        return Stream.of(
                Arguments.of("name", "", "Give the organisation a name."),
                Arguments.of("name", null, "Give the organisation a name."),
                Arguments.of("name", "n".repeat(201), "at most 200 characters"),
                Arguments.of("name", "International Organization for Migration", "already has this name"),
                Arguments.of("name", "international organization FOR migration", "already has this name"),
                Arguments.of("acronym", "A".repeat(41), "at most 40 characters"),
                Arguments.of("type", "", "Choose the type of organisation."),
                Arguments.of("type", "CHARITY", "Choose one of the types in the list."),
                Arguments.of("country", "XX", "Choose a country from the list"),
                Arguments.of("website", "www.example.org", "starting with http:// or https://"),
                Arguments.of("website", "https://example.org/" + "a".repeat(300), "at most 300 characters"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badOrganisationForms")
    void everyBadOrganisationFormValueIsExplainedNextToItsFieldAndNothingIsStored(String field, String value,
            String message) throws Exception {
        Organisation o = existing();
        long before = count(jdbc, "organisation");
        Map<String, String> form = organisationForm(unique("Form"));
        form.put(field, value);
        mvc.perform(asAdmin(withParams(post("/directory/organisations"), form)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(anyOf(containsString("aria-describedby=\"" + field + "-error\""),
                        containsString("aria-describedby=\"country-hint " + field + "-error\""))))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        form.put("version", String.valueOf(o.version()));
        mvc.perform(asAdmin(withParams(post("/directory/organisations/" + o.id().value()), form)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(message)));
        assertThat(count(jdbc, "organisation")).isEqualTo(before);
        assertThat(directory.organisation(o.id()).orElseThrow()).isEqualTo(o);
    }

    @Test
    void anAdministratorAddsAndEditsOfficesWithTheForms() throws Exception {
        Organisation o = existing();
        mvc.perform(asAdmin(get("/directory/organisations/" + o.id().value() + "/offices/new")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<label for=\"code\"")));
        String code = officeCode("GH");
        mvc.perform(asAdmin(withParams(post("/directory/organisations/" + o.id().value() + "/offices"),
                        officeForm(code))))
                .andExpect(redirectedUrl("/directory/organisations/" + o.id().value()))
                .andExpect(flash().attribute("message", "office.created"));
        Office office = directory.officeByCode(code).orElseThrow();
        assertThat(office.city()).isEqualTo("Kumasi");

        mvc.perform(asAdmin(get("/directory/offices/" + office.id().value() + "/edit")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"" + code + "\"")));
        Map<String, String> change = officeForm(code);
        change.put("city", "Tamale");
        change.put("version", "0");
        mvc.perform(asAdmin(withParams(post("/directory/offices/" + office.id().value()), change)))
                .andExpect(redirectedUrl("/directory/organisations/" + o.id().value()));
        assertThat(directory.office(office.id()).orElseThrow().city()).isEqualTo("Tamale");
        change.put("city", "Accra");
        mvc.perform(asAdmin(withParams(post("/directory/offices/" + office.id().value()), change)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this record")));
        assertThat(directory.office(office.id()).orElseThrow().city()).isEqualTo("Tamale");
        List<String> audited = jdbc.sql("select details from audit_entry where target_type = 'office' "
                + "and target_id = ? order by id").param(String.valueOf(office.id().value())).query(String.class)
                .list();
        assertThat(audited).containsExactly("fields=code,name,country,city", "fields=city");
    }

    static Stream<Arguments> badOfficeForms() {
        return Stream.of(
                Arguments.of("code", "", "Give the office a code"),
                Arguments.of("code", "SN_DKR", "capital letters or digits"),
                Arguments.of("code", "sn-dkr", "capital letters or digits"),
                Arguments.of("code", "GH-DKR", "must start with the office's country code"),
                Arguments.of("code", "SN-DKR", "Another office already has this code."),
                Arguments.of("name", "", "Give the office a name."),
                Arguments.of("name", "n".repeat(201), "at most 200 characters"),
                Arguments.of("city", " ", "Give the city where the office is."),
                Arguments.of("city", "c".repeat(121), "at most 120 characters"),
                Arguments.of("country", "", "Choose the country where the office is."),
                Arguments.of("country", "XX", "Choose a country from the list"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badOfficeForms")
    void everyBadOfficeFormValueIsExplainedNextToItsFieldAndNothingIsStored(String field, String value,
            String message) throws Exception {
        Organisation o = existing();
        Office office = office(directory, o, "SN");
        long before = count(jdbc, "office");
        Map<String, String> form = officeForm(officeCode("SN"));
        form.put(field, value);
        mvc.perform(asAdmin(withParams(post("/directory/organisations/" + o.id().value() + "/offices"), form)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(message.replace("'", "&#39;"))))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        form.put("version", "0");
        mvc.perform(asAdmin(withParams(post("/directory/offices/" + office.id().value()), form)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(message.replace("'", "&#39;"))));
        assertThat(count(jdbc, "office")).isEqualTo(before);
        assertThat(directory.office(office.id()).orElseThrow()).isEqualTo(office);
    }

    @Test
    void nobodyButAnAdministratorOpensOrSendsTheDirectoryForms() throws Exception {
        Organisation o = existing();
        Office office = office(directory, o, "SN");
        long organisations = count(jdbc, "organisation");
        long offices = count(jdbc, "office");
        Map<String, String> orgForm = organisationForm(unique("Refused"));
        orgForm.put("version", "0");
        Map<String, String> offForm = officeForm(officeCode("SN"));
        offForm.put("version", "0");
        long id = o.id().value();
        for (String username : DemoUsers.ALL) {
            if (username.equals("admin")) {
                continue;
            }
            CurrentUser someone = account(username);
            for (String path : List.of("/directory/organisations/new", "/directory/organisations/" + id + "/edit",
                    "/directory/organisations/" + id + "/offices/new",
                    "/directory/offices/" + office.id().value() + "/edit")) {
                mvc.perform(get(path).with(user(someone))).andExpect(status().isForbidden());
            }
            mvc.perform(withParams(post("/directory/organisations"), orgForm).with(user(someone)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(withParams(post("/directory/organisations/" + id), orgForm).with(user(someone)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(withParams(post("/directory/organisations/" + id + "/offices"), offForm).with(user(someone))
                    .with(csrf())).andExpect(status().isForbidden());
            mvc.perform(withParams(post("/directory/offices/" + office.id().value()), offForm).with(user(someone))
                    .with(csrf())).andExpect(status().isForbidden());
        }
        // without the CSRF token even an administrator's form is turned away (to sign in again)
        mvc.perform(withParams(post("/directory/organisations"), orgForm).with(user(account("admin"))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 403));
        assertThat(count(jdbc, "organisation")).isEqualTo(organisations);
        assertThat(count(jdbc, "office")).isEqualTo(offices);
        assertThat(directory.organisation(o.id()).orElseThrow()).isEqualTo(o);
        assertThat(directory.office(office.id()).orElseThrow()).isEqualTo(office);
    }
}
