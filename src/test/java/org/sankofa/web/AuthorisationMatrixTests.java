package org.sankofa.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route (pages and API) × every role, with the expected allow or deny asserted for each pair.
 * Routes are listed per module in {@code src/test/resources/routes/*.csv} as {@code METHOD,path,allowed}, where
 * allowed is {@code ANONYMOUS} (no sign-in needed), {@code ALL} (every signed-in role) or Role names joined by
 * {@code |}. A route that the application serves but no file lists fails {@link #everyRouteIsInTheMatrix()}.
 * Placeholders: {@code {org} {office} {user} {community}} name existing records, {@code {case}} a case of IOM Dakar
 * referred to the partner shelter (so visible to caseworker.dakar, supervisor.dakar and partner.dakar) and
 * {@code {referral}} that referral; {@code {id}} and {@code {token}} a record that does not exist.
 * <p>
 * Pages are requested with a signed-in session, the API with each role's own bearer token. Allowed means the answer
 * is neither 401 nor 403 nor a redirect to the login page (bad or missing input may still give 400/404/422);
 * denied means 403 for a signed-in role, and for nobody signed in a redirect to the login page (pages) or 401 (API).
 */
@SankofaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class AuthorisationMatrixTests {

    /** One demo user per role; "anonymous" is nobody signed in. */
    static final Map<String, Role> ROLE_OF_USER = new LinkedHashMap<>();

    static {
        ROLE_OF_USER.put("admin", Role.ADMINISTRATOR);
        ROLE_OF_USER.put("caseworker.dakar", Role.CASE_WORKER);
        ROLE_OF_USER.put("supervisor.dakar", Role.CASE_SUPERVISOR);
        ROLE_OF_USER.put("partner.dakar", Role.PARTNER);
        ROLE_OF_USER.put("coordinator.mali", Role.NATIONAL_COORDINATOR);
        ROLE_OF_USER.put("coordinator.ecowas", Role.REGIONAL_COORDINATOR);
        ROLE_OF_USER.put("mne", Role.ME_OFFICER);
        ROLE_OF_USER.put("organiser", Role.EVENT_ORGANISER);
        ROLE_OF_USER.put("observer", Role.OBSERVER);
    }

    public record Route(String method, String path, String allowed, String file) {

        boolean api() {
            return path.startsWith("/api/");
        }

        public boolean allows(Role role) {
            if (allowed.equals("ALL") || allowed.equals("ANONYMOUS")) {
                return true;
            }
            return Arrays.stream(allowed.split("\\|")).map(String::strip).anyMatch(role.name()::equals);
        }

        String label() {
            return method + " " + path;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.sankofa.cases.internal.protection.FieldCipher cipher;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** A path variable restricted to a few words: {@code {name:one|two}}. */
    private static final Pattern CHOICE = Pattern.compile("\\{\\w+:([a-z-]+(?:\\|[a-z-]+)+)}");

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void issueTokensAndResolvePlaceholders() throws Exception {
        for (String username : ROLE_OF_USER.keySet()) {
            MockHttpServletResponse response = mvc.perform(post("/api/v1/tokens")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + username + "\",\"password\":\"" + DemoUsers.PASSWORD
                                    + "\",\"name\":\"matrix\"}"))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as("token for " + username).isEqualTo(201);
            tokens.put(username, json.readTree(response.getContentAsString()).get("token").asString());
        }
        placeholders.put("{org}", String.valueOf(jdbc.sql("select min(id) from organisation").query(Long.class).single()));
        placeholders.put("{office}", String.valueOf(jdbc.sql("select min(id) from office").query(Long.class).single()));
        placeholders.put("{user}", String.valueOf(jdbc.sql("select max(id) from app_user").query(Long.class).single()));
        placeholders.put("{community}", "ECOWAS");
        // a case of IOM Dakar (caseworker.dakar, supervisor.dakar), referred to the partner shelter (partner.dakar)
        long caseId = org.sankofa.cases.CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Matrix", "Demo-Case").value();
        long shelter = jdbc.sql("select id from organisation where acronym = 'ABRI'").query(Long.class).single();
        long referral = jdbc.sql("""
                insert into case_referral (case_id, partner_org_id, service_type, shares, sent_on)
                values (?, ?, 'SHELTER', '{NAME,AGE_SEX}', current_date) returning id""")
                .params(caseId, shelter).query(Long.class).single();
        placeholders.put("{case}", String.valueOf(caseId));
        placeholders.put("{referral}", String.valueOf(referral));
        placeholders.put("{token}", "999999999");
        placeholders.put("{id}", "999999999");
    }

    /** Every route the files list (other tests walk them too: every read of a case is audited). */
    public static List<Route> routes() throws IOException {
        List<Route> routes = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:routes/*.csv")) {
            String content = file.getContentAsString(StandardCharsets.UTF_8);
            for (String line : content.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split(",", 3);
                assertThat(parts).as("line of " + file.getFilename() + ": " + line).hasSize(3);
                routes.add(new Route(parts[0].strip().toUpperCase(), parts[1].strip(), parts[2].strip(),
                        file.getFilename()));
            }
        }
        return routes;
    }

    @TestFactory
    Stream<DynamicNode> everyRouteForEveryRole() throws IOException {
        return routes().stream().map(route -> DynamicContainer.dynamicContainer(route.label(), Stream.concat(
                ROLE_OF_USER.entrySet().stream().map(e -> DynamicTest.dynamicTest(
                        e.getValue() + (route.allows(e.getValue()) ? " allowed" : " denied"),
                        () -> checkSignedIn(route, e.getKey(), e.getValue()))),
                Stream.of(DynamicTest.dynamicTest(
                        "anonymous " + (route.allowed().equals("ANONYMOUS") ? "allowed" : "denied"),
                        () -> checkAnonymous(route))))));
    }

    private void checkSignedIn(Route route, String username, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), resolve(route.path()));
        if (route.api()) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(username));
            if (!route.method().equals("GET") && !route.method().equals("DELETE")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        } else {
            CurrentUser user = users.findByUsername(username).orElseThrow();
            request.with(user(user)).with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (route.allows(role)) {
            assertThat(response.getStatus()).as(route.label() + " as " + role + " should be allowed")
                    .isNotIn(401, 403);
            if (!route.allowed().equals("ANONYMOUS")) { // being sent to sign in is a refusal (not ?logout)
                assertThat(String.valueOf(response.getRedirectedUrl())).as(route.label() + " as " + role)
                        .doesNotEndWith("/login");
            }
        } else {
            assertThat(response.getStatus()).as(route.label() + " as " + role + " should be denied").isEqualTo(403);
        }
    }

    private void checkAnonymous(Route route) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), resolve(route.path()));
        if (!route.method().equals("GET")) {
            request.with(csrf());
            if (route.api()) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (route.allowed().equals("ANONYMOUS")) {
            assertThat(response.getStatus()).as(route.label() + " anonymous should be allowed").isNotIn(401, 403);
        } else if (route.api()) {
            assertThat(response.getStatus()).as(route.label() + " anonymous should be refused").isEqualTo(401);
        } else {
            assertThat(response.getStatus()).as(route.label() + " anonymous should be sent to sign in").isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(route.label()).contains("/login");
        }
    }

    /** Every request mapping of the application stands in the matrix, so that a new route cannot be forgotten. */
    @Test
    void everyRouteIsInTheMatrix() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Route route : routes()) {
            listed.add(route.method() + " " + normalise(route.path()));
        }
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : handlerMapping.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.sankofa")) {
                continue;
            }
            Set<String> methods = new TreeSet<>();
            mapping.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.addAll(List.of("GET", "POST"));
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (String path : alternatives(pattern)) {
                    for (String method : methods) {
                        served.add(method + " " + normalise(path));
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(listed);
        assertThat(missing).as("routes served but missing from src/test/resources/routes/*.csv").isEmpty();
    }

    @Test
    void everyRoleHasADemoUserInTheMatrix() {
        assertThat(EnumSet.copyOf(ROLE_OF_USER.values())).containsExactlyInAnyOrder(Role.values());
    }

    private String resolve(String path) {
        String resolved = path;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return resolved;
    }

    /**
     * A pattern with a path variable that allows only some words ({@code /{outcome:approve|reject}}) stands for one
     * route per word, as the files list them.
     */
    private static List<String> alternatives(String pattern) {
        Matcher choice = CHOICE.matcher(pattern);
        if (!choice.find()) {
            return List.of(pattern);
        }
        List<String> paths = new ArrayList<>();
        for (String word : choice.group(1).split("\\|")) {
            paths.addAll(alternatives(pattern.substring(0, choice.start()) + word + pattern.substring(choice.end())));
        }
        return paths;
    }

    /** Path variables become {} so that /a/{id} in a mapping matches /a/{org} or /a/42 in a file. */
    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/\\d+(?=/|$)", "/{}");
    }
}
