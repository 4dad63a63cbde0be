package org.sankofa.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.sankofa.support.DemoUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Tokens, JSON bodies of cases, unique synthetic names and row counts for the case module's tests. */
final class CaseTestSupport {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] SYLLABLES = {"ba", "ko", "ri", "zu", "me", "lo", "fa", "ti", "nu", "se", "gu",
        "pe", "xa", "vo", "ki", "ra"};

    /** Roles without any access to cases: each must be refused every case route. */
    static final List<String> NO_CASE_ACCESS = List.of("coordinator.mali", "coordinator.ecowas", "mne", "organiser",
            "observer", "admin");

    private CaseTestSupport() {
    }

    static String bearer(MockMvc mvc, String username) {
        return "Bearer " + TOKENS.computeIfAbsent(username, name -> {
            try {
                String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                                .content(json(Map.of("username", name, "password", DemoUsers.PASSWORD))))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                return JsonPath.read(body, "$.token");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static MockHttpServletRequestBuilder api(MockMvc mvc, String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, bearer(mvc, username))
                .contentType(MediaType.APPLICATION_JSON);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A synthetic, unique word usable as a name (e.g. "Zukorifa"), so that searches find only this test's case. */
    static String uniqueName() {
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A valid child's case: a boy found begging in Dakar, from Guinea, with his mother as guardian. */
    static Map<String, Object> childCase(String givenNames, String familyName) {
        Map<String, Object> body = new HashMap<>();
        body.put("identifiedOn", LocalDate.now().minusDays(2).toString());
        body.put("identifiedCountry", "SN");
        body.put("identifiedCity", "Dakar");
        body.put("referralSource", "NgoOutreach");
        body.put("traffickingStatus", "PossibleVictimOfTrafficking");
        body.put("statusDecidedBy", "NGO");
        body.put("givenNames", givenNames);
        body.put("familyName", familyName);
        body.put("aliases", null);
        body.put("sex", "Masculine");
        body.put("estimatedAge", 11);
        body.put("citizenship", "GN");
        body.put("languages", List.of("fr", "ff"));
        body.put("contact", "+221 77 000 00 00");
        body.put("address", "Quartier Medina, Dakar");
        body.put("guardianName", "Mariama " + familyName);
        body.put("guardianContact", "+224 620 00 00 00");
        body.put("guardianRelation", "MOTHER");
        body.put("recruitmentMethod", "ThroughFamilyOrFamilyEvents");
        body.put("controlMethods", List.of("PhysicalThreats"));
        body.put("exploitationTypes", List.of("ForcedBegging"));
        body.put("recruitmentCountry", "GN");
        body.put("recruitmentPlace", "Labé");
        body.put("exploitationCountry", "SN");
        body.put("exploitationPlace", "Dakar");
        body.put("narrative", "Sent to a Koranic teacher in Dakar and made to beg every day. Secret word "
                + givenNames + ".");
        List<Map<String, Object>> route = new ArrayList<>();
        route.add(Map.of("country", "GN", "role", "ORIGIN"));
        route.add(Map.of("country", "SN", "role", "DESTINATION", "arrivedOn", LocalDate.now().minusYears(1)
                .toString()));
        body.put("route", route);
        return body;
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
