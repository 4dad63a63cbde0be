package org.sankofa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.sankofa.directory.DirectoryTestSupport.count;
import static org.sankofa.directory.DirectoryTestSupport.json;
import static org.sankofa.directory.DirectoryTestSupport.officeCode;
import static org.sankofa.directory.DirectoryTestSupport.unique;
import static org.sankofa.support.Tokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SankofaTest
class OrganisationApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, bearer(mvc, username)).contentType(MediaType.APPLICATION_JSON);
    }

    private static Map<String, Object> organisation(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("acronym", "TST");
        body.put("type", "NGO");
        body.put("country", "SN");
        body.put("website", "https://example.org/sankofa");
        return body;
    }

    private static Map<String, Object> office(String code, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Test office");
        body.put("country", country);
        body.put("city", "Dakar");
        return body;
    }

    private Organisation existing() {
        return DirectoryTestSupport.organisation(directory, "Existing NGO");
    }

    private List<Map<String, Object>> audit(String type, long id) {
        return jdbc.sql("select action, details, actor from audit_entry where target_type = ? and target_id = ? "
                + "order by id").params(type, String.valueOf(id)).query().listOfRows();
    }

    @Test
    void administratorCreatesReadsAndChangesAnOrganisationAndEachChangeIsAudited() throws Exception {
        String name = unique("Réseau Sankofa");
        String created = mvc.perform(as("admin", post("/api/v1/organisations")).content(json(organisation(name))))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.containsString(
                        "/api/v1/organisations/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.type").value("NGO"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(as("observer", get("/api/v1/organisations/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.country").value("SN"))
                .andExpect(jsonPath("$.offices", hasSize(0)));

        Map<String, Object> change = organisation(name + " (Dakar)");
        change.put("website", "https://example.org/sankofa");
        change.put("type", "DONOR");
        change.put("version", 0);
        mvc.perform(as("admin", put("/api/v1/organisations/" + id)).content(json(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name + " (Dakar)"))
                .andExpect(jsonPath("$.type").value("DONOR"))
                .andExpect(jsonPath("$.version").value(1));

        List<Map<String, Object>> entries = audit("organisation", id);
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("ORGANISATION_CREATED",
                "ORGANISATION_UPDATED");
        assertThat(entries.get(0).get("details")).isEqualTo("fields=name,acronym,type,country,website");
        assertThat(entries.get(1).get("details")).isEqualTo("fields=name,type");
        assertThat(entries.get(1).get("actor")).isEqualTo("admin");
    }

    @Test
    void aNameAlreadyUsedInAnyCaseIsRefusedWith409AndNothingIsStored() throws Exception {
        Organisation first = existing();
        long before = count(jdbc, "organisation");
        mvc.perform(as("admin", post("/api/v1/organisations"))
                        .content(json(organisation("  " + first.name().toUpperCase() + " "))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Another organisation already has this name."));
        assertThat(count(jdbc, "organisation")).isEqualTo(before);

        Organisation second = existing();
        Map<String, Object> rename = organisation(first.name().toLowerCase());
        rename.put("version", second.version());
        mvc.perform(as("admin", put("/api/v1/organisations/" + second.id().value())).content(json(rename)))
                .andExpect(status().isConflict());
        assertThat(directory.organisation(second.id()).orElseThrow().name()).isEqualTo(second.name());
    }

    @Test
    void aChangeMadeOnAStaleVersionIsRefusedWith409() throws Exception {
        Organisation o = existing();
        Map<String, Object> first = organisation(o.name());
        first.put("version", 0);
        mvc.perform(as("admin", put("/api/v1/organisations/" + o.id().value())).content(json(first)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        Map<String, Object> late = organisation(o.name() + " late");
        late.put("version", 0);
        mvc.perform(as("admin", put("/api/v1/organisations/" + o.id().value())).content(json(late)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Reload")));
        assertThat(directory.organisation(o.id()).orElseThrow().name()).isEqualTo(o.name());

        Office office = directory.create(new NewOffice(o.id(), officeCode("SN"), "Office", "SN", "Thiès"), "test");
        Map<String, Object> stale = office(office.code(), "SN");
        stale.put("version", 3);
        mvc.perform(as("admin", put("/api/v1/offices/" + office.id().value())).content(json(stale)))
                .andExpect(status().isConflict());
        assertThat(directory.office(office.id()).orElseThrow().city()).isEqualTo("Thiès");
    }

    static Stream<Arguments> badOrganisations() {
        return Stream.of(
                Arguments.of("name", null), Arguments.of("name", "   "), Arguments.of("name", "x".repeat(201)),
                Arguments.of("acronym", "A".repeat(41)), Arguments.of("type", null),
                Arguments.of("country", "XX"), Arguments.of("country", "sn"), Arguments.of("country", "SEN"),
                Arguments.of("website", "ftp://example.org"), Arguments.of("website", "not a url"),
                Arguments.of("website", "https://example.org/" + "a".repeat(300)),
                Arguments.of("website", "javascript:alert(1)"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badOrganisations")
    void everyBadOrganisationValueIsRefusedWith422AndAMessageAndNothingIsStored(String field, String value)
            throws Exception {
        long before = count(jdbc, "organisation");
        Map<String, Object> body = organisation(unique("Bad"));
        body.put(field, value);
        mvc.perform(as("admin", post("/api/v1/organisations")).content(json(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors." + field).isNotEmpty());
        Organisation o = existing();
        body.put("version", o.version());
        mvc.perform(as("admin", put("/api/v1/organisations/" + o.id().value())).content(json(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors." + field).isNotEmpty());
        assertThat(count(jdbc, "organisation")).isEqualTo(before + 1);
        assertThat(directory.organisation(o.id()).orElseThrow()).isEqualTo(o);
    }

    @Test
    void malformedOrUnknownTypesAndMissingVersionsAreRefusedWithAMessage() throws Exception {
        long before = count(jdbc, "organisation");
        Map<String, Object> body = organisation(unique("Bad type"));
        body.put("type", "CHARITY");
        mvc.perform(as("admin", post("/api/v1/organisations")).content(json(body)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(as("admin", post("/api/v1/organisations")).content("{\"name\": "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(as("admin", post("/api/v1/organisations")).content("[]"))
                .andExpect(status().isBadRequest());
        Organisation o = existing();
        mvc.perform(as("admin", put("/api/v1/organisations/" + o.id().value()))
                        .content(json(organisation(o.name() + " v"))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.version").isNotEmpty());
        mvc.perform(as("admin", put("/api/v1/organisations/abc")).content(json(organisation("x"))))
                .andExpect(status().isBadRequest());
        mvc.perform(as("admin", put("/api/v1/organisations/99999999")).content(json(
                        new HashMap<>(Map.of("name", "Nobody", "type", "NGO", "version", 0)))))
                .andExpect(status().isNotFound());
        assertThat(count(jdbc, "organisation")).isEqualTo(before + 1);
        assertThat(directory.organisation(o.id()).orElseThrow()).isEqualTo(o);
    }

    @Test
    void administratorAddsAndChangesOfficesWhoseCodeStartsWithTheirCountry() throws Exception {
        Organisation o = existing();
        String code = officeCode("GN");
        String created = mvc.perform(as("admin", post("/api/v1/organisations/" + o.id().value() + "/offices"))
                        .content(json(office(code, "GN"))))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.containsString(
                        "/api/v1/offices/")))
                .andExpect(jsonPath("$.code").value(code))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(as("partner.dakar", get("/api/v1/organisations/" + o.id().value() + "/offices")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].code").value(code));
        mvc.perform(as("partner.dakar", get("/api/v1/organisations/" + o.id().value())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.offices[0].city").value("Dakar"));

        Map<String, Object> change = office(code, "GN");
        change.put("city", "Kankan");
        change.put("version", 0);
        mvc.perform(as("admin", put("/api/v1/offices/" + id)).content(json(change)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.city").value("Kankan"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as("observer", get("/api/v1/offices/" + id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.city").value("Kankan"));
        assertThat(audit("office", id)).extracting(e -> e.get("details"))
                .containsExactly("fields=code,name,country,city", "fields=city");
    }

    static Stream<Arguments> badOffices() {
        return Stream.of(
                Arguments.of("code", null), Arguments.of("code", "SNDKR"), Arguments.of("code", "sn-dkr"),
                Arguments.of("code", "SN-D"), Arguments.of("code", "SN-ABCDEFGHIJK"), Arguments.of("code", "GN-DKR"),
                Arguments.of("name", null), Arguments.of("name", " "), Arguments.of("name", "n".repeat(201)),
                Arguments.of("city", null), Arguments.of("city", "c".repeat(121)),
                Arguments.of("country", null), Arguments.of("country", "XX"), Arguments.of("country", "Senegal"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badOffices")
    void everyBadOfficeValueIsRefusedWith422AndAMessageAndNothingIsStored(String field, String value)
            throws Exception {
        Organisation o = existing();
        Office office = DirectoryTestSupport.office(directory, o, "SN");
        long before = count(jdbc, "office");
        Map<String, Object> body = office(officeCode("SN"), "SN");
        body.put(field, value);
        mvc.perform(as("admin", post("/api/v1/organisations/" + o.id().value() + "/offices")).content(json(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors." + field).isNotEmpty());
        body.put("version", 0);
        mvc.perform(as("admin", put("/api/v1/offices/" + office.id().value())).content(json(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors." + field).isNotEmpty());
        assertThat(count(jdbc, "office")).isEqualTo(before);
        assertThat(directory.office(office.id()).orElseThrow()).isEqualTo(office);
    }

    @Test
    void anOfficeCodeAlreadyUsedIsRefusedWith409() throws Exception {
        Organisation o = existing();
        long before = count(jdbc, "office");
        mvc.perform(as("admin", post("/api/v1/organisations/" + o.id().value() + "/offices"))
                        .content(json(office("SN-DKR", "SN"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Another office already has this code."));
        mvc.perform(as("admin", post("/api/v1/organisations/99999999/offices"))
                        .content(json(office(officeCode("SN"), "SN"))))
                .andExpect(status().isNotFound());
        assertThat(count(jdbc, "office")).isEqualTo(before);
    }

    @Test
    void organisationsAreSearchedByNameOrAcronymAndTypeAPageAtATime() throws Exception {
        String tag = unique("Zq").replace(" ", "");
        for (int i = 0; i < 3; i++) {
            directory.create(new NewOrganisation(tag + " ministry " + i, null, OrganisationType.GOVERNMENT, "ML",
                    null), "test");
        }
        directory.create(new NewOrganisation(unique("Embassy"), tag + "-E", OrganisationType.EMBASSY, null, null),
                "test");
        mvc.perform(as("observer", get("/api/v1/organisations")).param("q", tag.toLowerCase()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items", hasSize(4)));
        mvc.perform(as("observer", get("/api/v1/organisations")).param("q", tag).param("type", "EMBASSY"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].acronym").value(tag + "-E"));
        mvc.perform(as("observer", get("/api/v1/organisations")).param("q", tag).param("size", "2")
                        .param("page", "1"))
                .andExpect(jsonPath("$.total").value(4)).andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(2));
        mvc.perform(as("observer", get("/api/v1/organisations")).param("q", "100%_" + tag))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void badSearchParametersAreRefusedWith400AndAMessage() throws Exception {
        for (String[] param : List.of(new String[] { "size", "101" }, new String[] { "size", "0" },
                new String[] { "page", "-1" }, new String[] { "page", "first" }, new String[] { "type", "CHARITY" },
                new String[] { "q", "q".repeat(101) })) {
            mvc.perform(as("observer", get("/api/v1/organisations")).param(param[0], param[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(as("observer", get("/api/v1/organisations/99999999"))).andExpect(status().isNotFound());
        mvc.perform(as("observer", get("/api/v1/organisations/x"))).andExpect(status().isBadRequest());
    }

    @Test
    void onlyAdministratorsChangeTheDirectoryThroughTheApiWhateverTheyPost() throws Exception {
        Organisation o = existing();
        Office office = DirectoryTestSupport.office(directory, o, "SN");
        long organisations = count(jdbc, "organisation");
        long offices = count(jdbc, "office");
        Map<String, Object> goodOrganisation = organisation(unique("Refused"));
        goodOrganisation.put("version", 0);
        Map<String, Object> goodOffice = office(officeCode("SN"), "SN");
        goodOffice.put("version", 0);
        for (String username : DemoUsers.ALL) {
            if (username.equals("admin")) {
                continue;
            }
            for (String body : List.of(json(goodOrganisation), "{}", "not json")) {
                mvc.perform(as(username, post("/api/v1/organisations")).content(body))
                        .andExpect(status().isForbidden());
                mvc.perform(as(username, put("/api/v1/organisations/" + o.id().value())).content(body))
                        .andExpect(status().isForbidden());
            }
            for (String body : List.of(json(goodOffice), "{}")) {
                mvc.perform(as(username, post("/api/v1/organisations/" + o.id().value() + "/offices")).content(body))
                        .andExpect(status().isForbidden());
                mvc.perform(as(username, put("/api/v1/offices/" + office.id().value())).content(body))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(as(username, get("/api/v1/organisations/" + o.id().value()))).andExpect(status().isOk());
        }
        assertThat(count(jdbc, "organisation")).isEqualTo(organisations);
        assertThat(count(jdbc, "office")).isEqualTo(offices);
        assertThat(directory.organisation(o.id()).orElseThrow()).isEqualTo(o);
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
    }

    @Test
    void theDirectoryEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}/offices'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/offices/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/communities'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/communities/{code}/members'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/countries'].get").exists());
    }
}
