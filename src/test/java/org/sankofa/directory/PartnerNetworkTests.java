package org.sankofa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sankofa.support.Tokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner network as others see it: {@code /api/v1/partners} filtered by country, city, type and for whom; the
 * same list as a page; and a country's map, whose library, stylesheet and outline all come from the application.
 */
@SankofaTest
class PartnerNetworkTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    PartnerServices services;
    @Autowired
    Directory directory;
    @Autowired
    UserAccounts users;

    private PartnerService add(String country, String city, ServiceType type, Set<ServedGroup> groups) {
        Organisation partner = DirectoryTestSupport.organisation(directory, "Network NGO");
        return services.add(new ServiceEditor("admin", null, true), partner.id(), new NewPartnerService(type, null,
                groups, country, city, new Coordinates(new BigDecimal("12.5"), new BigDecimal("-8.1")), 10,
                ServiceAvailability.AVAILABLE, List.of("fr", "bm"), "Contact", null, null, null));
    }

    private JsonNode api(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/partners?" + query)
                        .header(HttpHeaders.AUTHORIZATION, bearer(mvc, "caseworker.conakry")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    @Test
    void theApiFiltersTheServicesByCountryCityTypeAndForWhom() throws Exception {
        String city = "Ségou" + System.nanoTime();
        PartnerService shelterForChildren = add("ML", city, ServiceType.SHELTER, Set.of(ServedGroup.CHILDREN));
        PartnerService shelterForWomen = add("ML", city, ServiceType.SHELTER, Set.of(ServedGroup.WOMEN));
        PartnerService medical = add("ML", city, ServiceType.MEDICAL, Set.of(ServedGroup.CHILDREN, ServedGroup.MEN));

        JsonNode inCity = api("country=ML&city=" + city.toLowerCase().replace("é", "e"));
        assertThat(ids(inCity)).containsExactlyInAnyOrder(shelterForChildren.id().value(),
                shelterForWomen.id().value(), medical.id().value());
        assertThat(inCity.get("total").asLong()).isEqualTo(3);
        assertThat(ids(api("country=ML&city=" + city + "&type=SHELTER")))
                .containsExactlyInAnyOrder(shelterForChildren.id().value(), shelterForWomen.id().value());
        assertThat(ids(api("country=ML&city=" + city + "&for=CHILDREN")))
                .containsExactlyInAnyOrder(shelterForChildren.id().value(), medical.id().value());
        assertThat(ids(api("country=SN&city=" + city))).isEmpty();
        JsonNode one = api("country=ML&city=" + city + "&type=MEDICAL").get("items").get(0);
        assertThat(one.get("servedGroups").toString()).isEqualTo("[\"CHILDREN\",\"MEN\"]");
        assertThat(one.get("latitude").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(one.get("languages").toString()).isEqualTo("[\"fr\",\"bm\"]");

        mvc.perform(get("/api/v1/partners/{id}", medical.id().value())
                        .header(HttpHeaders.AUTHORIZATION, bearer(mvc, "observer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.type").value("MEDICAL"));
        // a page of one, then the next
        assertThat(api("country=ML&city=" + city + "&size=1&page=2").get("items")).hasSize(1);
    }

    @Test
    void badFiltersAreA400InTheReadersLanguage() throws Exception {
        for (String query : List.of("type=SPACESHIP", "for=CATS", "country=mali", "size=1000", "page=-1")) {
            mvc.perform(get("/api/v1/partners?" + query).header("Accept-Language", "fr")
                            .header(HttpHeaders.AUTHORIZATION, bearer(mvc, "caseworker.dakar")))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/partners/999999999").header(HttpHeaders.AUTHORIZATION, bearer(mvc, "observer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListPageFiltersAndTheDemoServicesSayTheyAreSynthetic() throws Exception {
        mvc.perform(get("/directory/services").param("country", "SN").param("type", "SHELTER")
                        .with(user(users.findByUsername("caseworker.dakar").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Abri Sankofa (demo)")))
                .andExpect(content().string(containsString("Synthetic demo entry")))
                .andExpect(content().string(not(containsString("Demo-Clinique Médina"))));
        mvc.perform(get("/directory/services").param("country", "SN").param("type", "SHELTER")
                        .header("HX-Request", "true").requestAttr("org.sankofa.web.UserLocaleResolver.locale", java.util.Locale.forLanguageTag("pt"))
                        .with(user(users.findByUsername("observer").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Dado de demonstração fictício")));
        // "any country", "any type", "anyone": the empty values the filter form and the page links send
        mvc.perform(get("/directory/services?country=&city=&type=&for=&page=0")
                        .with(user(users.findByUsername("caseworker.dakar").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Synthetic demo entry")));
    }

    @Test
    void theMapPageListsServicesAndOfficesWithItsOwnAssetsAndNoOtherHost() throws Exception {
        String page = mvc.perform(get("/directory/services/map").param("country", "SN")
                        .with(user(users.findByUsername("caseworker.dakar").orElseThrow())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("src=\"/webjars/leaflet/[0-9.]+/dist/leaflet.js\"")
                .containsPattern("href=\"/webjars/leaflet/[0-9.]+/dist/leaflet.css\"")
                .containsPattern("src=\"/js/partner-map(-[0-9a-f]+)?.js\"");
        assertThat(page).contains("id=\"partner-map-outline\"", "\"country\":\"SN\"",
                "id=\"map-services\"", "id=\"map-offices\"", "IOM Dakar", "Abri Sankofa (demo)",
                "data-lat=\"14.76450\"");
        // the map stays hidden until the script shows it: without JavaScript the list is the page
        assertThat(page).containsPattern("id=\"partner-map\"[^>]*hidden");
        Matcher urls = Pattern.compile("(?i)(?:https?:)?//[a-z0-9.-]+").matcher(page);
        while (urls.find()) {
            assertThat(urls.group()).as("a URL to another host in the map page").isIn("http://www.w3.org",
                    "http://www.thymeleaf.org");
        }
        // the assets are served by the application itself
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Leaflet")));
        mvc.perform(get("/webjars/leaflet/dist/leaflet.css")).andExpect(status().isOk());
        mvc.perform(get("/js/partner-map.js")).andExpect(status().isOk());
    }

    @Test
    void everyEcowasAndEccasMemberHasAnOutlineAndAMapPageCarriesOnlyItsOwnCountrysOutline() throws Exception {
        List<String> ecowas = List.of("BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "NE", "NG", "SN",
                "SL", "TG");
        List<String> eccas = List.of("AO", "BI", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "RW", "ST");
        var observer = user(users.findByUsername("observer").orElseThrow());
        for (String country : java.util.stream.Stream.concat(ecowas.stream(), eccas.stream()).toList()) {
            String page = mvc.perform(get("/directory/services/map").param("country", country).with(observer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Matcher outline = Pattern.compile("(?s)<script type=\"application/json\" id=\"partner-map-outline\">"
                    + "(.*?)</script>").matcher(page);
            assertThat(outline.find()).as("the outline of %s", country).isTrue();
            JsonNode feature = JSON.readTree(outline.group(1));
            assertThat(feature.get("properties").get("country").asString()).isEqualTo(country);
            assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
            // one feature, not the whole file: no other country's outline travels with the page
            assertThat(Pattern.compile("\"country\":\"[A-Z]{2}\"").matcher(page).results().count())
                    .as("outlines in the page of %s", country).isEqualTo(1);
            // and it is the country chosen in the list
            assertThat(page).contains("<option value=\"" + country + "\" selected=\"selected\"");
        }
        // the map's country list names them in the reader's language, and the file itself is not served
        mvc.perform(get("/directory/services/map").param("country", "CD").header("Accept-Language", "fr")
                        .requestAttr("org.sankofa.web.UserLocaleResolver.locale", java.util.Locale.FRENCH)
                        .with(observer))
                .andExpect(content().string(containsString(">Congo-Kinshasa</option>")))
                .andExpect(content().string(containsString(">Sao Tomé-et-Principe</option>")));
        mvc.perform(get("/geo/country-outlines.geojson").with(observer)).andExpect(status().isNotFound());
    }

    @Test
    void aCountryWithoutOutlineStillListsItsPlacesAndAnUnknownCountryIsRefused() throws Exception {
        mvc.perform(get("/directory/services/map").param("country", "KE")
                        .with(user(users.findByUsername("observer").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"partner-map-outline\""))))
                .andExpect(content().string(containsString("id=\"map-country\"")));
        mvc.perform(get("/directory/services/map").param("country", "XX")
                        .with(user(users.findByUsername("observer").orElseThrow())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorPlacesAnOfficeOnTheMapAndAHalfOrOutOfRangePointChangesNothing() throws Exception {
        Organisation organisation = DirectoryTestSupport.organisation(directory, "Placed NGO");
        Office office = DirectoryTestSupport.office(directory, organisation, "GH");
        var admin = users.findByUsername("admin").orElseThrow();
        for (String[] bad : new String[][] {{"95", "-1.6"}, {"5.6", ""}, {"north", "-0.2"}}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/directory/offices/{id}", office.id().value())
                            .param("code", office.code()).param("name", "Renamed").param("country", "GH")
                            .param("city", "Accra").param("latitude", bad[0]).param("longitude", bad[1])
                            .param("version", String.valueOf(office.version()))
                            .with(user(admin))
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().isUnprocessableContent());
        }
        assertThat(directory.office(office.id()).orElseThrow().name()).isEqualTo("Office");
        assertThat(services.officePlaces("GH")).doesNotContainKey(office.id());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/directory/offices/{id}", office.id().value())
                        .param("code", office.code()).param("name", "Accra office").param("country", "GH")
                        .param("city", "Accra").param("latitude", "5.6037").param("longitude", "-0.1870")
                        .param("version", String.valueOf(office.version()))
                        .with(user(admin))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(services.officePlaces("GH").get(office.id()).latitude()).isEqualByComparingTo("5.6037");
        mvc.perform(get("/directory/services/map").param("country", "GH").with(user(admin)))
                .andExpect(content().string(containsString("data-lat=\"5.60370\"")));
    }

    private org.springframework.test.web.servlet.ResultActions write(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username,
            String body) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer(mvc, username))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(long organisationId, String city, String latitude, Integer version) {
        return "{\"organisationId\":" + organisationId + ",\"type\":\"LEGAL\",\"servedGroups\":[\"WOMEN\"],"
                + "\"country\":\"SN\",\"city\":\"" + city + "\",\"latitude\":" + latitude
                + ",\"longitude\":-17.4,\"availability\":\"AVAILABLE\",\"languages\":[\"fr\"]"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    @Test
    void throughTheApiAPartnerKeepsItsOwnServicesAndNobodyElses() throws Exception {
        long own = users.findByUsername("partner.dakar").orElseThrow().organisationId();
        long iom = directory.organisations().stream().filter(o -> "IOM".equals(o.acronym())).findFirst()
                .orElseThrow().id().value();
        String city = "Ziguinchor" + System.nanoTime();

        write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/partners"),
                "partner.dakar", body(iom, city, "12.5", null)).andExpect(status().isForbidden());
        write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/partners"),
                "caseworker.dakar", body(own, city, "12.5", null)).andExpect(status().isForbidden());
        write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/partners")
                        .header("Accept-Language", "fr"), "partner.dakar", body(own, city, "120", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La latitude est un nombre de -90 à 90")));
        // a language outside the spoken-languages list (the case form's) is refused too, in the reader's language
        write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/partners")
                        .header("Accept-Language", "fr"), "partner.dakar",
                body(own, city, "12.5", null).replace("\"languages\":[\"fr\"]", "\"languages\":[\"fr\",\"xx\"]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choisissez les langues dans la liste.")));
        assertThat(services.search(new PartnerServiceQuery("SN", city, Set.of(), null, null, 0, 10)).total())
                .isZero();

        String created = write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/partners"), "partner.dakar", body(own, city, "12.5", null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(created).get("id").asLong();
        write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/partners/{id}", id),
                "partner.dakar", body(own, city + " centre", "12.6", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value(city + " centre")).andExpect(jsonPath("$.version").value(1));
        write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/partners/{id}", id),
                "partner.dakar", body(own, city, "12.6", 0)).andExpect(status().isConflict());
        write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/partners/{id}/confirm",
                id), "organiser", "{\"version\":1}").andExpect(status().isForbidden());
        write(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/partners/{id}/confirm",
                id), "partner.dakar", "{\"version\":1}").andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/partners/{id}", id).param("version", "2")
                        .header(HttpHeaders.AUTHORIZATION, bearer(mvc, "admin")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/partners/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(mvc, "observer")))
                .andExpect(status().isNotFound());
    }

    private static List<Long> ids(JsonNode list) {
        return list.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
