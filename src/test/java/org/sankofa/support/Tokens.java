package org.sankofa.support;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal access tokens for the API tests, issued through {@code POST /api/v1/tokens} as a client would. */
public final class Tokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<MockMvc, Map<String, String>> DEMO = new WeakHashMap<>();

    private Tokens() {
    }

    /**
     * Issues a token, from an address of its own (so that sign-in throttling never mixes tests up); fails unless the
     * answer is 201.
     *
     * @return the answer: {@code id}, {@code token}, {@code expiresAt}…
     */
    public static JsonNode issue(MockMvc mvc, String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(SignIn.from(SignIn.uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("username", username, "password", password,
                                "name", "test"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    /** A fresh token of a demo user. */
    public static String of(MockMvc mvc, String demoUser) throws Exception {
        return issue(mvc, demoUser, DemoUsers.PASSWORD).get("token").asString();
    }

    /**
     * The {@code Authorization} header of a demo user, with a token issued once per application context and reused
     * (a token issued inside a transaction that is rolled back must not be kept: use {@link #of} there).
     */
    public static String bearer(MockMvc mvc, String demoUser) {
        Map<String, String> tokens;
        synchronized (DEMO) {
            tokens = DEMO.computeIfAbsent(mvc, m -> new ConcurrentHashMap<>());
        }
        return "Bearer " + tokens.computeIfAbsent(demoUser, name -> {
            try {
                return of(mvc, name);
            } catch (Exception e) {
                throw new IllegalStateException("no token for " + name, e);
            }
        });
    }
}
