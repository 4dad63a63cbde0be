package org.sankofa.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@SankofaTest
class LegalApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, username))
                .contentType(MediaType.APPLICATION_JSON);
    }

    private static Map<String, Object> law(String country, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("country", country);
        body.put("title", title);
        body.put("year", 2012);
        body.put("exploitationTypes", List.of("ForcedBegging", "ForcedLabour"));
        body.put("childSpecific", true);
        body.put("childProvisions", "Aggravated penalties when the victim is a child");
        body.put("penalties", "5 to 10 years");
        body.put("source", LegalFixtures.SOURCE);
        return body;
    }

    private long laws(String title) {
        return jdbc.sql("select count(*) from national_law where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void nationalCoordinatorRecordsMalisLawAndIsRefusedSenegalsWithNothingStored() throws Exception {
        String mali = LegalFixtures.unique("Law on trafficking");
        String body = mvc.perform(as("coordinator.mali", post("/api/v1/legal/laws"))
                        .content(JSON.writeValueAsString(law("ML", mali))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.country").value("ML"))
                .andExpect(jsonPath("$.exploitationTypes", hasItem("ForcedBegging")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(as("observer", get("/api/v1/legal/laws/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(mali));

        String senegal = LegalFixtures.unique("Law on trafficking");
        mvc.perform(as("coordinator.mali", post("/api/v1/legal/laws"))
                        .content(JSON.writeValueAsString(law("SN", senegal))))
                .andExpect(status().isForbidden());
        assertThat(laws(senegal)).isZero();
        Map<String, Object> unreadable = law("SN", senegal);
        unreadable.put("exploitationTypes", List.of("NoSuchForm"));
        unreadable.put("year", 1700);
        mvc.perform(as("coordinator.mali", post("/api/v1/legal/laws")).content(JSON.writeValueAsString(unreadable)))
                .andExpect(status().isForbidden()); // the scope first: a refusal is never hidden behind a 422
        mvc.perform(as("coordinator.mali", post("/api/v1/legal/laws"))
                        .content(JSON.writeValueAsString(withVersion(unreadable, 0)).replace("\"SN\"", "\"ML\"")))
                .andExpect(status().isUnprocessableContent());
        assertThat(laws(senegal)).isZero();
        mvc.perform(as("coordinator.mali", put("/api/v1/legal/laws/" + id))
                        .content(JSON.writeValueAsString(withVersion(law("SN", mali), 0))))
                .andExpect(status().isForbidden());
        mvc.perform(as("observer", delete("/api/v1/legal/laws/" + id))).andExpect(status().isForbidden());
        mvc.perform(as("coordinator.mali", delete("/api/v1/legal/laws/" + id))).andExpect(status().isNoContent());
        assertThat(laws(mali)).isZero();
    }

    @Test
    void regionalCoordinatorRecordsForTodaysMembersOnly() throws Exception {
        String ghana = LegalFixtures.unique("Human Trafficking Act");
        mvc.perform(as("coordinator.ecowas", post("/api/v1/legal/laws"))
                        .content(JSON.writeValueAsString(law("GH", ghana))))
                .andExpect(status().isCreated());
        String mali = LegalFixtures.unique("Law on trafficking");
        mvc.perform(as("coordinator.ecowas", post("/api/v1/legal/laws"))
                        .content(JSON.writeValueAsString(law("ML", mali))))
                .andExpect(status().isForbidden());
        assertThat(laws(mali)).isZero();
    }

    @Test
    void invalidBodiesAre422WithAMessagePerFieldAndStoreNothing() throws Exception {
        String title = LegalFixtures.unique("Law without source");
        Map<String, Object> body = law("ML", title);
        body.remove("source");
        body.put("year", 1700);
        mvc.perform(as("coordinator.mali", post("/api/v1/legal/laws")).content(JSON.writeValueAsString(body))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.source").value(org.hamcrest.Matchers.containsString("source")))
                .andExpect(jsonPath("$.errors.year").exists());
        body = law("ML", title);
        body.put("exploitationTypes", List.of("NotAType"));
        mvc.perform(as("coordinator.mali", post("/api/v1/legal/laws")).content(JSON.writeValueAsString(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.exploitationTypes").exists());
        assertThat(laws(title)).isZero();
    }

    @Test
    void malformedInputIs400NeverA500() throws Exception {
        mvc.perform(as("admin", post("/api/v1/legal/laws")).content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("admin", post("/api/v1/legal/statuses"))
                        .content("{\"instrument\":1,\"country\":\"SN\",\"consentKind\":\"SIGNED_IN_BLOOD\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("admin", post("/api/v1/legal/statuses"))
                        .content("{\"instrument\":1,\"country\":\"SN\",\"signedOn\":\"2001-13-45\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("admin", get("/api/v1/legal/laws/not-a-number"))).andExpect(status().isBadRequest());
        mvc.perform(as("admin", get("/api/v1/legal/laws?size=1000"))).andExpect(status().isUnprocessableContent());
    }

    @Test
    void instrumentsAreManagedByAdministratorsAndStatusesRecordedWithTheirSource() throws Exception {
        Map<String, Object> instrument = new HashMap<>();
        instrument.put("title", LegalFixtures.unique("Test protocol"));
        instrument.put("shortName", LegalFixtures.unique("TP"));
        instrument.put("kind", "INTERNATIONAL");
        instrument.put("adoptedOn", "2000-11-15");
        instrument.put("source", LegalFixtures.SOURCE);
        mvc.perform(as("coordinator.ecowas", post("/api/v1/legal/instruments"))
                .content(JSON.writeValueAsString(instrument))).andExpect(status().isForbidden());
        String created = mvc.perform(as("admin", post("/api/v1/legal/instruments"))
                        .content(JSON.writeValueAsString(instrument)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        Map<String, Object> status = new HashMap<>();
        status.put("instrument", id);
        status.put("country", "ML");
        status.put("signedOn", "2001-01-01");
        status.put("consentKind", "RATIFICATION");
        status.put("consentOn", "2002-04-12");
        status.put("source", LegalFixtures.SOURCE);
        mvc.perform(as("coordinator.mali", post("/api/v1/legal/statuses")).content(JSON.writeValueAsString(status)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.consentKind").value("RATIFICATION"));
        mvc.perform(as("observer", get("/api/v1/legal/statuses?instrument=" + id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].country").value("ML"));
        mvc.perform(as("admin", delete("/api/v1/legal/instruments/" + id))).andExpect(status().isConflict());
    }

    @Test
    void theMatrixListsTheMembersOnTheDateByIsoCode() throws Exception {
        mvc.perform(as("observer", get("/api/v1/legal/matrix?community=ECOWAS&date=2024-06-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.community").value("ECOWAS"))
                .andExpect(jsonPath("$.date").value("2024-06-01"))
                .andExpect(jsonPath("$.rows", hasSize(15)))
                .andExpect(jsonPath("$.rows[*].country", hasItem("ML")))
                .andExpect(jsonPath("$.instruments[*].shortName", hasItem("Palermo Protocol")));
        mvc.perform(as("observer", get("/api/v1/legal/matrix?community=ecowas&date=2025-06-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(12)))
                .andExpect(jsonPath("$.rows[*].country", not(hasItem("ML"))))
                .andExpect(jsonPath("$.rows[*].country", hasItem("SN")));
    }

    @Test
    void anUnknownCommunityOrAMalformedDateIsA422Problem() throws Exception {
        mvc.perform(as("observer", get("/api/v1/legal/matrix?community=NOWHERE&date=2024-06-01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.community").exists());
        mvc.perform(as("observer", get("/api/v1/legal/matrix?community=ECOWAS&date=2024-02-30")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.date").exists());
        mvc.perform(as("observer", get("/api/v1/legal/matrix?community=ECOWAS&date=June")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.date").exists());
        mvc.perform(as("observer", get("/api/v1/legal/matrix")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.community").exists());
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/legal/matrix'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/legal/laws'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/legal/statuses/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/legal/instruments'].get").exists());
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, int version) {
        body.put("version", version);
        return body;
    }
}
