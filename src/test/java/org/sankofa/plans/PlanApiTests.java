package org.sankofa.plans;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.sankofa.plans.PlanTestSupport.newNationalCoordinator;
import static org.sankofa.plans.PlanTestSupport.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plans API: scopes, optimistic locking, the report workflow, and bad input that is never a 500. */
@SankofaTest
class PlanApiTests {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;

    private String bearer(String username) {
        return "Bearer " + TOKENS.computeIfAbsent(username, name -> {
            try {
                String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("username", name, "password",
                                        DemoUsers.PASSWORD))))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                return JsonPath.read(body, "$.token");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, bearer(username)).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(Object value) {
        return json.writeValueAsString(value);
    }

    private static Map<String, Object> malianPlan(String title) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("title", title);
        plan.put("scope", "NATIONAL");
        plan.put("status", "IN_FORCE");
        plan.put("periodStart", "2024-01-01");
        plan.put("periodEnd", "2028-12-31");
        plan.put("countries", List.of("ML"));
        return plan;
    }

    private long demoPlan(String titleLike) {
        return jdbc.sql("select id from action_plan where title like ?").param(titleLike).query(Long.class).single();
    }

    private long create(String username, Map<String, Object> plan) throws Exception {
        String created = mvc.perform(as(username, post("/api/v1/plans")).content(body(plan)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.plan.id")).longValue();
    }

    @Test
    void coordinatorMaliBuildsAMaliPlanWithItsTreeAndIsRefusedTheEcowasPlan() throws Exception {
        long id = create("coordinator.mali", malianPlan(unique("API plan")));
        String area = mvc.perform(as("coordinator.mali", post("/api/v1/plans/" + id + "/areas"))
                        .content(body(Map.of("title", "Protection", "pillar", "PROTECTION"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long areaId = ((Number) JsonPath.read(area, "$.id")).longValue();
        String objective = mvc.perform(as("coordinator.mali", post("/api/v1/areas/" + areaId + "/objectives"))
                        .content(body(Map.of("title", "Care for victims"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long objectiveId = ((Number) JsonPath.read(objective, "$.id")).longValue();
        Map<String, Object> activity = new HashMap<>();
        activity.put("title", "Open two shelters");
        activity.put("status", "ONGOING");
        activity.put("budgetPlanned", 1000);
        activity.put("budgetSpent", 250);
        activity.put("currency", "XOF");
        mvc.perform(as("coordinator.mali", post("/api/v1/objectives/" + objectiveId + "/activities"))
                .content(body(activity))).andExpect(status().isCreated());

        mvc.perform(as("observer", get("/api/v1/plans/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.countries[0]").value("ML"))
                .andExpect(jsonPath("$.areas[0].pillar").value("PROTECTION"))
                .andExpect(jsonPath("$.areas[0].objectives[0].activities[0].status").value("ONGOING"));
        mvc.perform(as("observer", get("/api/v1/plans/" + id + "/scorecard")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[0].budgets[0].execution").value(25.0));

        long ecowas = demoPlan("ECOWAS Initial Plan%");
        mvc.perform(as("coordinator.mali", post("/api/v1/plans/" + ecowas + "/areas"))
                .content(body(Map.of("title", "x", "pillar", "OTHER")))).andExpect(status().isForbidden());
        mvc.perform(as("coordinator.ecowas", post("/api/v1/plans/" + id + "/areas"))
                .content(body(Map.of("title", "x", "pillar", "OTHER")))).andExpect(status().isForbidden());
        Map<String, Object> senegal = malianPlan(unique("Senegal plan"));
        senegal.put("countries", List.of("SN"));
        mvc.perform(as("coordinator.mali", post("/api/v1/plans")).content(body(senegal)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleVersionIsAConflictWithAClearMessage() throws Exception {
        long id = create("coordinator.mali", malianPlan(unique("Versioned plan")));
        Map<String, Object> change = malianPlan(unique("Versioned plan, revised"));
        change.put("version", 0);
        mvc.perform(as("coordinator.mali", put("/api/v1/plans/" + id)).content(body(change)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.plan.version").value(1));
        mvc.perform(as("coordinator.mali", put("/api/v1/plans/" + id)).content(body(change)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Someone else saved")));
        change.remove("version");
        mvc.perform(as("coordinator.mali", put("/api/v1/plans/" + id)).content(body(change)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.version").exists());
    }

    @Test
    void badInputIsA400Or422WithMessagesAndNeverA500() throws Exception {
        mvc.perform(as("coordinator.mali", post("/api/v1/plans")).content("{\"title\": "))
                .andExpect(status().isBadRequest());
        Map<String, Object> badScope = malianPlan("x");
        badScope.put("scope", "GALACTIC");
        mvc.perform(as("coordinator.mali", post("/api/v1/plans")).content(body(badScope)))
                .andExpect(status().isBadRequest());
        Map<String, Object> noTitle = malianPlan("");
        mvc.perform(as("coordinator.mali", post("/api/v1/plans")).content(body(noTitle)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.title").exists());
        Map<String, Object> backwards = malianPlan(unique("Backwards"));
        backwards.put("periodStart", "2030-01-01");
        mvc.perform(as("coordinator.mali", post("/api/v1/plans")).content(body(backwards)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.periodEnd").value("The end comes before the start."));
        Map<String, Object> badCountry = malianPlan(unique("Bad country"));
        badCountry.put("countries", List.of("Mali"));
        mvc.perform(as("admin", post("/api/v1/plans")).content(body(badCountry)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("observer", get("/api/v1/plans/abc"))).andExpect(status().isBadRequest());
        mvc.perform(as("observer", get("/api/v1/plans/999999999"))).andExpect(status().isNotFound());
        mvc.perform(as("observer", get("/api/v1/plans?scope=NOPE"))).andExpect(status().isBadRequest());
        mvc.perform(as("observer", get("/api/v1/plans?country=mali"))).andExpect(status().isBadRequest());
        mvc.perform(as("observer", get("/api/v1/indicators/999999999/values"))).andExpect(status().isNotFound());

        long plan = demoPlan("National Action Plan%2023–2027 (Mali)");
        String tree = mvc.perform(as("observer", get("/api/v1/plans/" + plan))).andReturn().getResponse()
                .getContentAsString();
        long percent = ((Number) JsonPath.<List<Object>>read(tree,
                "$.indicators[?(@.measure == 'PERCENT')].id").get(0)).longValue();
        mvc.perform(as("mne", put("/api/v1/indicators/" + percent + "/values/2025Q5"))
                        .content(body(Map.of("value", 50))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.period").value(containsString("2025Q3")));
        mvc.perform(as("mne", put("/api/v1/indicators/" + percent + "/values/2026Q1"))
                        .content(body(Map.of("value", 150))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.value").value("A percent lies between 0 and 100."));
        mvc.perform(as("mne", put("/api/v1/indicators/" + percent + "/values/2026Q1"))
                        .content(body(Map.of("numerator", 1, "denominator", 0))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.denominator").exists());
        mvc.perform(as("mne", put("/api/v1/indicators/" + percent + "/values/2026Q1"))
                        .content(body(Map.of("value", "many"))))
                .andExpect(status().isBadRequest());
        mvc.perform(as("mne", post("/api/v1/reports")).content(body(Map.of("plan", plan, "period", "Q3-2025"))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.period").exists());
        mvc.perform(as("coordinator.mali", delete("/api/v1/plans/" + plan).param("version", "x")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEmptyTargetIsRefusedAndATargetIsRemovedOnlyByDelete() throws Exception {
        long id = create("coordinator.mali", malianPlan(unique("Targeted plan")));
        String created = mvc.perform(as("coordinator.mali", post("/api/v1/plans/" + id + "/indicators"))
                        .content(body(Map.of("definition", "Victims identified", "measure", "NUMBER"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long indicator = ((Number) JsonPath.read(created, "$.id")).longValue();
        String target = "/api/v1/indicators/" + indicator + "/targets/2025";
        mvc.perform(as("coordinator.mali", put(target)).content(body(Map.of("target", 40))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.targets[0].target").value(40));

        mvc.perform(as("coordinator.mali", put(target)).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.target").value("Give the target: a number or a text."));
        mvc.perform(as("coordinator.mali", put(target)).content(body(Map.of("targetText", "   "))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.target").exists());
        mvc.perform(as("observer", get("/api/v1/indicators/" + indicator)))
                .andExpect(jsonPath("$.targets[0].period").value("2025"))
                .andExpect(jsonPath("$.targets[0].target").value(40));

        mvc.perform(as("coordinator.mali", delete("/api/v1/indicators/" + indicator + "/targets/2025Q5")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("coordinator.ecowas", delete(target))).andExpect(status().isForbidden());
        mvc.perform(as("coordinator.mali", delete(target)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.targets").isEmpty());
        mvc.perform(as("coordinator.mali", delete(target))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select action from audit_entry where target_type = 'indicator' and target_id = ? "
                + "order by id").param(String.valueOf(indicator)).query(String.class).list())
                .containsExactly("PLAN_TARGET_SET", "PLAN_TARGET_REMOVED");
    }

    @Test
    void theReportWorkflowOverTheApiWithFourEyesAndTheLockThatFollows() throws Exception {
        long id = create("coordinator.mali", malianPlan(unique("Reported plan")));
        String indicator = mvc.perform(as("coordinator.mali", post("/api/v1/plans/" + id + "/indicators"))
                        .content(body(Map.of("definition", "Victims identified", "measure", "NUMBER",
                                "disaggregations", List.of("SEX"), "references", List.of("SDG 16.2.2")))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long indicatorId = ((Number) JsonPath.read(indicator, "$.id")).longValue();
        mvc.perform(as("coordinator.mali", put("/api/v1/indicators/" + indicatorId + "/values/2025Q3"))
                        .content(body(Map.of("value", 10, "parts", List.of(
                                Map.of("dimension", "SEX", "category", "FEMALE", "value", 6),
                                Map.of("dimension", "SEX", "category", "MALE", "value", 3))))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.parts").value(containsString("do not add up")));
        mvc.perform(as("mne", put("/api/v1/indicators/" + indicatorId + "/values/2025Q3"))
                        .content(body(Map.of("value", 10, "evidence", "police register"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));

        String report = mvc.perform(as("mne", post("/api/v1/reports"))
                        .content(body(Map.of("plan", id, "period", "2025Q3"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long reportId = ((Number) JsonPath.read(report, "$.id")).longValue();
        mvc.perform(as("coordinator.mali", post("/api/v1/reports/" + reportId + "/submit"))
                .content(body(Map.of("version", 0)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(as("mne", post("/api/v1/reports/" + reportId + "/approve")).content(body(Map.of())))
                .andExpect(status().isForbidden());
        mvc.perform(as("coordinator.mali", post("/api/v1/reports/" + reportId + "/approve"))
                        .content(body(Map.of("note", "Mine."))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("another coordinator")));

        CurrentUser second = newNationalCoordinator(users, "ML");
        mvc.perform(as(second.getUsername(), post("/api/v1/reports/" + reportId + "/reject"))
                        .content(body(Map.of("note", "The evidence of the north is missing."))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.decisionNote").value("The evidence of the north is missing."));
        mvc.perform(as("coordinator.mali", post("/api/v1/reports/" + reportId + "/submit"))
                .content(body(Map.of("version", 2)))).andExpect(status().isOk());
        mvc.perform(as(second.getUsername(), post("/api/v1/reports/" + reportId + "/approve")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decisionNote").doesNotExist());
        mvc.perform(as(second.getUsername(), post("/api/v1/reports/" + reportId + "/reject"))
                        .content(body(Map.of("note", "Too late."))))
                .andExpect(status().isConflict());
        mvc.perform(as("mne", put("/api/v1/indicators/" + indicatorId + "/values/2025Q3"))
                        .content(body(Map.of("value", 11, "version", 0))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("locked")));
        mvc.perform(as("observer", get("/api/v1/indicators/" + indicatorId + "/values")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].locked").value(true));
        mvc.perform(as("observer", get("/api/v1/reports").param("plan", String.valueOf(id))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].status", hasItem("APPROVED")));
        List<Map<String, Object>> audit = jdbc.sql("select action from audit_entry where target_type = 'report' "
                + "and target_id = ? order by id").param(String.valueOf(reportId)).query().listOfRows();
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("PLAN_REPORT_CREATED",
                "PLAN_REPORT_SUBMITTED", "PLAN_REPORT_REJECTED", "PLAN_REPORT_SUBMITTED", "PLAN_REPORT_APPROVED");
    }

    @Test
    void theOpenApiDocumentDescribesThePlansEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/plans']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/indicators/{id}/values']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports']").exists());
    }
}
