package org.sankofa.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.sankofa.web.AuthorisationMatrixTests.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the authorisation matrix, sent bad input as a person allowed to use it: ids that are not ids,
 * malformed and wrongly typed JSON (the fields of each operation's request body, from the OpenAPI document), page forms
 * (the fields of the forms the pages render) filled with odd values — empty, huge, control characters, odd Unicode,
 * markup, dates that do not exist, numbers out of range. Nothing may answer a 5xx, and a request that is refused (4xx)
 * must leave every table as it was. Its own application context and database, since some odd values are valid and
 * are saved.
 */
@SankofaTest
@TestPropertySource(properties = "sankofa.test.context=fuzz")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTests {

    /** Odd values for any text field. */
    static final List<String> ODD_TEXT = List.of("", "a\u0000b", "x".repeat(100_000),
            "\u202Eevil\u202C\uD83D\uDE42\u0301\u0338", "' or 1=1 --<script>alert(1)</script>${jndi:x}{{7*7}}",
            "-1", "1e309", "2020-02-30", "99999999999999999999999", "%\\\"\t\r\n");

    /** Values that are not the id of anything. */
    static final List<String> BAD_IDS = List.of("0", "-1", "abc", "99999999999999999999");

    /** JSON values of every wrong type, for any field of a request body. */
    static final List<String> ODD_JSON = List.of("true", "-1", "1e999", "\"x\"", "[]", "{\"a\":{\"b\":[]}}",
            "\"" + "y".repeat(100_000) + "\"", "\"\\u0000\\ud800\"", "\"2020-13-45\"", "99999999999999999999999");

    /** Bodies that are not a JSON object at all. */
    static final List<String> ODD_BODIES = List.of("", "{", "[", "{\"a\":", "null", "\"text\"", "42", "[]",
            "{}{}", "<xml/>", "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":1,\"a\":2}");

    /**
     * Tables whose rows legitimately change on a refused request: sessions, tokens used, the audit log, work, and the
     * sign-in waits (a wrong current password is counted like a failed sign-in; a token issued for the next request
     * counts its attempt).
     */
    static final Set<String> CHANGING = Set.of("spring_session", "spring_session_attributes", "audit_entry",
            "audit_chain_head", "api_token", "scheduled_tasks", "event_publication", "event_publication_archive",
            "flyway_schema_history", "app_user", "sign_in_throttle", "office_notification");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w[\\w-]*)=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final Map<String, List<String>> bodyFields = new LinkedHashMap<>();
    private final Map<String, Set<String>> formFields = new LinkedHashMap<>();
    private String fingerprintSql;

    @BeforeAll
    void prepare() throws Exception {
        long caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Fuzz", "Demo-Case").value();
        placeholders.put("{org}", String.valueOf(jdbc.sql("select min(id) from organisation").query(Long.class)
                .single()));
        placeholders.put("{office}", String.valueOf(jdbc.sql("select min(id) from office").query(Long.class)
                .single()));
        placeholders.put("{user}", "999999999");
        placeholders.put("{community}", "ECOWAS");
        placeholders.put("{case}", String.valueOf(caseId));
        placeholders.put("{referral}", "999999999");
        placeholders.put("{token}", "999999999");
        placeholders.put("{id}", "999999999");
        readRequestBodies();
        readPageForms();
        fingerprintSql = fingerprintQuery();
    }

    @TestFactory
    Stream<DynamicNode> noBadInputIsAnsweredWithA5xxOrChangesAnything() throws Exception {
        return AuthorisationMatrixTests.routes().stream().filter(route -> personFor(route) != null)
                .map(route -> DynamicContainer.dynamicContainer(route.label(), variants(route).entrySet().stream()
                        .map(v -> DynamicTest.dynamicTest(v.getKey(), () -> check(route, v.getValue())))));
    }

    /** One bad request: a path, and a body (JSON for the API, form fields for pages) or none. */
    record Attempt(String path, String json, Map<String, String> form) {
    }

    private Map<String, Attempt> variants(Route route) {
        Map<String, Attempt> variants = new LinkedHashMap<>();
        String path = resolve(route.path());
        boolean writes = !route.method().equals("GET");
        Matcher variable = PLACEHOLDER.matcher(route.path());
        while (variable.find()) {
            for (String bad : BAD_IDS) {
                String withBad = resolve(route.path().substring(0, variable.start()) + bad
                        + route.path().substring(variable.end()));
                variants.put(variable.group() + "=" + bad, new Attempt(withBad, writes && route.api() ? "{}" : null,
                        Map.of()));
            }
        }
        if (route.method().equals("GET")) {
            for (String odd : List.of("\u0000", "x".repeat(5_000), "-1", "2020-02-30", "ZZ", "'")) {
                variants.put("query " + printable(odd), new Attempt(path + "?q=" + encode(odd) + "&cursor="
                        + encode(odd) + "&country=" + encode(odd) + "&from=" + encode(odd) + "&before="
                        + encode(odd) + "&page=" + encode(odd) + "&size=" + encode(odd), null, Map.of()));
            }
        } else if (route.api()) {
            for (String body : ODD_BODIES) {
                variants.put("body " + printable(body), new Attempt(path, body, Map.of()));
            }
            List<String> fields = bodyFields.getOrDefault(route.method() + " " + normalise(route.path()), List.of());
            for (String field : fields) {
                for (String odd : ODD_JSON) {
                    ObjectNode body = json.createObjectNode();
                    body.set(field, json.readTree(odd));
                    variants.put(field + "=" + printable(odd), new Attempt(path, json.writeValueAsString(body),
                            Map.of()));
                }
            }
        } else {
            Set<String> fields = formFields.getOrDefault(normalise(route.path()), Set.of("name", "title", "note"));
            for (String odd : ODD_TEXT) {
                Map<String, String> form = new LinkedHashMap<>();
                fields.forEach(field -> form.put(field, odd));
                variants.put("form " + printable(odd), new Attempt(path, null, form));
            }
        }
        return variants;
    }

    private void check(Route route, Attempt attempt) throws Exception {
        String before = route.method().equals("GET") ? null : fingerprint();
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), attempt.path());
        String person = personFor(route);
        if (route.api()) {
            if (!person.isEmpty()) {
                request.header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, person));
            }
            if (attempt.json() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(attempt.json());
            }
        } else {
            if (!person.isEmpty()) {
                CurrentUser signedIn = users.findByUsername(person).orElseThrow();
                request.with(user(signedIn));
            }
            request.with(csrf());
            attempt.form().forEach(request::param);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(route.label() + " " + attempt.path()).isLessThan(500);
        if (before != null && response.getStatus() >= 400) {
            assertThat(fingerprint()).as("rows changed by a refused " + route.label() + " (" + response.getStatus()
                    + ")").isEqualTo(before);
        }
    }

    /** A demo user allowed to use the route ("" for a route open to everyone), or null when nobody signs in for it. */
    static String personFor(Route route) {
        if (route.allowed().equals("ANONYMOUS")) {
            return "";
        }
        for (Map.Entry<String, Role> person : AuthorisationMatrixTests.ROLE_OF_USER.entrySet()) {
            if (route.allows(person.getValue())) {
                return person.getKey();
            }
        }
        return null;
    }

    /** The top-level fields of each API operation's JSON request body, from the OpenAPI document. */
    private void readRequestBodies() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
        JsonNode schemas = doc.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().path("requestBody").path("content")
                        .path("application/json").path("schema");
                if (schema.has("$ref")) {
                    String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
                    schema = schemas.path(name);
                }
                List<String> fields = new ArrayList<>();
                schema.path("properties").propertyNames().forEach(fields::add);
                bodyFields.put(operation.getKey().toUpperCase() + " " + normalise(path.getKey()), fields);
            }
        }
        assertThat(bodyFields.values().stream().mapToInt(List::size).sum()).as("fields read from the OpenAPI document")
                .isGreaterThan(50);
    }

    /** The fields of the forms the GET pages render, by the path they post to. */
    private void readPageForms() throws Exception {
        for (Route route : AuthorisationMatrixTests.routes()) {
            String person = personFor(route);
            if (!route.method().equals("GET") || route.api() || person == null || person.isEmpty()) {
                continue;
            }
            CurrentUser signedIn = users.findByUsername(person).orElseThrow();
            String html = mvc.perform(get(resolve(route.path())).with(user(signedIn))).andReturn().getResponse()
                    .getContentAsString();
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(form.group(1));
                while (attribute.find()) {
                    attributes.put(attribute.group(1), attribute.group(2));
                }
                if (!"post".equalsIgnoreCase(attributes.get("method")) || attributes.get("action") == null) {
                    continue;
                }
                Set<String> fields = formFields.computeIfAbsent(normalise(attributes.get("action")),
                        a -> new LinkedHashSet<>());
                Matcher field = FIELD.matcher(form.group(2));
                while (field.find()) {
                    if (!field.group(1).equals("_csrf")) {
                        fields.add(field.group(1));
                    }
                }
            }
        }
        assertThat(formFields).as("forms read from the pages").hasSizeGreaterThan(20);
    }

    /** Row counts (and the sum of versions where a table has them) of every table that a refusal must not change. */
    private String fingerprintQuery() {
        List<String> parts = new ArrayList<>();
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list();
        for (String table : tables) {
            if (CHANGING.contains(table)) {
                continue;
            }
            boolean versioned = jdbc.sql("""
                    select exists (select 1 from information_schema.columns
                                    where table_schema = 'public' and table_name = ? and column_name = 'version')""")
                    .param(table).query(Boolean.class).single();
            parts.add("'" + table + "=' || (select count(*)" + (versioned ? " || '/' || coalesce(sum(version), 0)" : "")
                    + " from " + table + ")");
        }
        return "select concat_ws(',', " + String.join(", ", parts) + ")";
    }

    private String fingerprint() {
        return jdbc.sql(fingerprintSql).query(String.class).single();
    }

    private String resolve(String path) {
        String resolved = path;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return resolved;
    }

    /** Path variables and numbers become {} so that the OpenAPI document, the files and the pages agree. */
    private static String normalise(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return withoutQuery.replaceAll("\\{[^}]*}", "{}").replaceAll("/\\d+(?=/|$)", "/{}");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String printable(String value) {
        String shown = value.length() > 30 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
        return shown.replaceAll("\\p{Cntrl}", "·");
    }
}
