package org.sankofa.directory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.sankofa.support.DemoUsers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Tokens, JSON and row counts for the directory's tests. */
final class DirectoryTestSupport {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DirectoryTestSupport() {
    }

    /** A bearer token of a demo user, issued once through POST /api/v1/tokens. */
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

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique office code for a country, e.g. SN-K3J9Q2. */
    static String officeCode(String country) {
        return country + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
