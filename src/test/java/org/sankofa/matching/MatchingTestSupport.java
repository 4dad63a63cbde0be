package org.sankofa.matching;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.sankofa.support.DemoUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Tokens, synthetic children's cases and unique synthetic names for the matching module's tests. */
final class MatchingTestSupport {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Registers a boy of 11 from Labé (Guinea) through the API; the new case's id. */
    long register(MockMvc mvc, String username, String given, String family) throws Exception {
        String created = mvc.perform(api(mvc, username, post("/api/v1/cases")).content(json(childCase(given, family))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    MockHttpServletRequestBuilder api(MockMvc mvc, String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.computeIfAbsent(username, name -> {
            try {
                String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                                .content(json(Map.of("username", name, "password", DemoUsers.PASSWORD))))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                return JsonPath.read(body, "$.token");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).contentType(MediaType.APPLICATION_JSON);
    }

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
        body.put("sex", "Masculine");
        body.put("estimatedAge", 11);
        body.put("citizenship", "GN");
        body.put("languages", List.of("fr", "ff"));
        body.put("guardianName", "Mariama " + familyName);
        body.put("guardianRelation", "MOTHER");
        body.put("recruitmentMethod", "ThroughFamilyOrFamilyEvents");
        body.put("controlMethods", List.of("PhysicalThreats"));
        body.put("exploitationTypes", List.of("ForcedBegging"));
        body.put("recruitmentCountry", "GN");
        body.put("recruitmentPlace", "Labé");
        body.put("exploitationCountry", "SN");
        body.put("exploitationPlace", "Dakar");
        return body;
    }

    static String uniqueName() {
        String[] syllables = { "ba", "ko", "ri", "zu", "me", "lo", "fa", "ti", "nu", "se", "gu", "pe", "vo", "ki" };
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            name.append(syllables[ThreadLocalRandom.current().nextInt(syllables.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
