package org.sankofa.plans;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.Activities;
import org.sankofa.plans.internal.ActivityDraft;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorDraft;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.StrategicAreas;
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
import static org.sankofa.plans.PlanTestSupport.national;
import static org.sankofa.plans.PlanTestSupport.supersedingNational;
import static org.sankofa.plans.PlanTestSupport.unique;
import static org.sankofa.plans.PlanTestSupport.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluations API and pages, and the comparison of plans by pillar (API and page): figures computed from the
 * test's own data, bad input that is a 400 or 422 with nothing stored, never a 500.
 */
@SankofaTest
class PlanEvaluationApiTests {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;
    @Autowired
    Plans plans;
    @Autowired
    Indicators indicators;

    @Autowired
    StrategicAreas strategicAreas;

    @Autowired
    Activities activities;

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

    private CurrentUser mali() {
        return user(users, "coordinator.mali");
    }

    private long count(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(id).query(Long.class)
                .single();
    }

    private static Map<String, Object> evaluation(String kind, String date) {
        Map<String, Object> e = new HashMap<>();
        e.put("kind", kind);
        e.put("evaluatedOn", date);
        e.put("evaluatorText", "API evaluators");
        return e;
    }

    // ---- evaluations

    @Test
    void anEvaluationIsWrittenFinalisedAndLinkedThroughTheApi() throws Exception {
        Plan older = plans.create(national("ML", unique("API evaluated plan"), PlanStatus.EXPIRED), mali());
        long olderArea = strategicAreas.addArea(older.planId(), "Protection", Pillar.PROTECTION, null, mali());
        Plan newer = plans.create(supersedingNational("ML", unique("API successor"), PlanStatus.IN_FORCE,
                older.id()), mali());
        long newerArea = strategicAreas.addArea(newer.planId(), "Protection", Pillar.PROTECTION, null, mali());

        String created = mvc.perform(as("mne", post("/api/v1/plans/" + older.id() + "/evaluations"))
                        .content(body(evaluation("FINAL", "2023-02-01"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.successorPlanId").value(newer.id()))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(as("mne", post("/api/v1/evaluations/" + id + "/findings"))
                        .content(body(Map.of("area", olderArea, "rating", "UNSATISFACTORY", "text", "Few shelters"))))
                .andExpect(status().isCreated());
        String rec = mvc.perform(as("mne", post("/api/v1/evaluations/" + id + "/recommendations"))
                        .content(body(Map.of("text", "Open shelters", "priority", "HIGH"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long recId = ((Number) JsonPath.read(rec, "$.id")).longValue();

        String read = mvc.perform(as("observer", get("/api/v1/evaluations/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].rating").value("UNSATISFACTORY"))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(read, "$.version");
        Map<String, Object> update = evaluation("FINAL", "2023-02-01");
        update.put("summary", "Partly implemented");
        update.put("version", version);
        mvc.perform(as("mne", put("/api/v1/evaluations/" + id)).content(body(update)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary").value("Partly implemented"));
        mvc.perform(as("mne", put("/api/v1/evaluations/" + id)).content(body(update)))
                .andExpect(status().isConflict());
        mvc.perform(as("mne", post("/api/v1/evaluations/" + id + "/finalise"))
                        .content(body(Map.of("version", version + 1))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINAL"));

        // locked: changes are 409, the link still works, to the successor only
        mvc.perform(as("mne", post("/api/v1/evaluations/" + id + "/recommendations"))
                        .content(body(Map.of("text", "Late", "priority", "LOW"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("final")));
        mvc.perform(as("mne", put("/api/v1/evaluations/" + id + "/recommendations/" + recId + "/link"))
                        .content(body(Map.of("successorArea", olderArea, "version", 0))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("coordinator.ecowas", put("/api/v1/evaluations/" + id + "/recommendations/" + recId
                        + "/link")).content(body(Map.of("successorArea", newerArea, "version", 0))))
                .andExpect(status().isForbidden());
        mvc.perform(as("coordinator.mali", put("/api/v1/evaluations/" + id + "/recommendations/" + recId
                        + "/link")).content(body(Map.of("successorArea", newerArea, "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendations[0].successorAreaId").value(newerArea));
        mvc.perform(as("observer", get("/api/v1/plans/" + newer.id() + "/inherited-recommendations")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].recommendation.text").value("Open shelters"))
                .andExpect(jsonPath("$[0].evaluatedPlanTitle").value(older.title()));
        mvc.perform(as("observer", get("/api/v1/plans/" + older.id() + "/evaluations")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(as("mne", delete("/api/v1/evaluations/" + id).param("version", String.valueOf(version + 2))))
                .andExpect(status().isConflict());
    }

    @Test
    void badEvaluationInputIsA400OrA422AndNothingIsStored() throws Exception {
        Plan plan = plans.create(national("ML", unique("API bad input plan"), PlanStatus.IN_FORCE), mali());
        String path = "/api/v1/plans/" + plan.id() + "/evaluations";

        mvc.perform(as("coordinator.mali", post(path)).content("{\"kind\":")).andExpect(status().isBadRequest());
        mvc.perform(as("coordinator.mali", post(path)).content("{\"kind\":\"YEARLY\",\"evaluatedOn\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("coordinator.mali", post(path)).content(body(evaluation("MID_TERM", "2025-13-45"))))
                .andExpect(status().isBadRequest());
        mvc.perform(as("coordinator.mali", post(path)).content("{}")).andExpect(status().isUnprocessableContent());
        Map<String, Object> noEvaluator = evaluation("MID_TERM", "2025-06-01");
        noEvaluator.remove("evaluatorText");
        mvc.perform(as("coordinator.mali", post(path)).content(body(noEvaluator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("evaluator")));
        mvc.perform(as("coordinator.mali", post(path)).content(body(evaluation("MID_TERM", "2019-06-01"))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("coordinator.ecowas", post(path)).content(body(evaluation("MID_TERM", "2025-06-01"))))
                .andExpect(status().isForbidden());
        mvc.perform(as("observer", post(path)).content(body(evaluation("MID_TERM", "2025-06-01"))))
                .andExpect(status().isForbidden());
        mvc.perform(as("coordinator.mali", post("/api/v1/plans/999999999/evaluations"))
                        .content(body(evaluation("MID_TERM", "2025-06-01"))))
                .andExpect(status().isNotFound());
        mvc.perform(as("coordinator.mali", get("/api/v1/evaluations/999999999"))).andExpect(status().isNotFound());
        assertThat(count("plan_evaluation", "plan_id", plan.id())).isZero();

        // a finding or recommendation with bad input on a real evaluation
        String created = mvc.perform(as("coordinator.mali", post(path))
                        .content(body(evaluation("MID_TERM", "2025-06-01"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(as("coordinator.mali", post("/api/v1/evaluations/" + id + "/findings"))
                        .content("{\"rating\":\"GREAT\",\"text\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("coordinator.mali", post("/api/v1/evaluations/" + id + "/findings"))
                        .content(body(Map.of("text", " "))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("coordinator.mali", post("/api/v1/evaluations/" + id + "/recommendations"))
                        .content(body(Map.of("text", "x".repeat(2001), "priority", "HIGH"))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("coordinator.mali", put("/api/v1/evaluations/" + id + "/recommendations/999999999/link"))
                        .content(body(Map.of("version", 0))))
                .andExpect(status().isNotFound());
        assertThat(count("evaluation_finding", "evaluation_id", id)).isZero();
        assertThat(count("evaluation_recommendation", "evaluation_id", id)).isZero();
    }

    @Test
    void theEvaluationPagesShowTheDemoEvaluationAsSyntheticAndRefuseBadFormsWithTheReason() throws Exception {
        long mali2018 = jdbc.sql("select id from action_plan where title like '%2018–2022 (Mali)'")
                .query(Long.class).single();
        long evaluation = jdbc.sql("select id from plan_evaluation where plan_id = ?").param(mali2018)
                .query(Long.class).single();
        mvc.perform(get("/evaluations/" + evaluation).with(user(user(users, "observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"synthetic-flag\"")))
                .andExpect(content().string(containsString("id=\"locked-note\"")));
        mvc.perform(get("/plans/" + mali2018).with(user(user(users, "observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-evaluations\"")))
                .andExpect(content().string(containsString("/evaluations/" + evaluation)));

        Plan plan = plans.create(national("ML", unique("Page evaluation plan"), PlanStatus.IN_FORCE), mali());
        mvc.perform(post("/plans/" + plan.id() + "/evaluations").with(user(mali())).with(csrf())
                        .param("kind", "MID_TERM").param("evaluatedOn", "not a date").param("evaluatorText", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"evaluatedOn-error\"")))
                .andExpect(content().string(containsString("id=\"evaluator-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(count("plan_evaluation", "plan_id", plan.id())).isZero();
        mvc.perform(post("/plans/" + plan.id() + "/evaluations").with(user(mali())).with(csrf())
                        .param("kind", "MID_TERM").param("evaluatedOn", "2025-06-30").param("evaluatorText", "Team"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("plan_evaluation", "plan_id", plan.id())).isOne();
    }

    // ---- the comparison by pillar

    @Test
    void theComparisonCountsAreasActivitiesBudgetsPerCurrencyAndIndicatorTracksPerPillarFromTheTrees()
            throws Exception {
        Plan a = plans.create(national("ML", unique("Compared plan A"), PlanStatus.IN_FORCE), mali());
        Plan b = plans.create(national("ML", unique("Compared plan B"), PlanStatus.IN_FORCE), mali());
        // plan A: two prevention areas (like "strategies"), one protection area
        long aPrev1 = strategicAreas.addArea(a.planId(), "Awareness", Pillar.PREVENTION, null, mali());
        long aPrev2 = strategicAreas.addArea(a.planId(), "Research", Pillar.PREVENTION, null, mali());
        long aProt = strategicAreas.addArea(a.planId(), "Care", Pillar.PROTECTION, null, mali());
        long o1 = strategicAreas.addObjective(aPrev1, "Radio", mali());
        long o2 = strategicAreas.addObjective(aPrev2, "Studies", mali());
        long o3 = strategicAreas.addObjective(aProt, "Shelters", mali());
        List<Object[]> rows = List.of(
                new Object[] { o1, ActivityStatus.ONGOING, "100.50", "40.25", "XOF" },
                new Object[] { o1, ActivityStatus.COMPLETED, "200", "200", "XOF" },
                new Object[] { o2, ActivityStatus.ONGOING, "1000", "10", "EUR" },
                new Object[] { o3, ActivityStatus.DELAYED, "300", "0", "XOF" });
        for (Object[] x : rows) {
            activities.add((Long) x[0], new ActivityDraft(unique("Activity"), null, null, null, null, null, null,
                    null, null, (ActivityStatus) x[1], new BigDecimal((String) x[2]), null,
                    new BigDecimal((String) x[3]), (String) x[4], null, null), mali());
        }
        // plan B: one prosecution area, no activity
        strategicAreas.addArea(b.planId(), "Justice", Pillar.PROSECUTION, null, mali());
        // indicators of A's prevention: one on track, one off track, one without value
        Indicator on = indicator(a.id(), aPrev1);
        Indicator off = indicator(a.id(), null);
        Indicator none = indicator(a.id(), aPrev2);
        off = indicators.create(a.planId(), new IndicatorDraft(null, o2, "T", unique("Objective indicator"),
                Measure.NUMBER, Direction.HIGHER_IS_BETTER, null, null, null, null, null, IndicatorSource.MANUAL,
                null, null), mali());
        for (Indicator i : List.of(on, off)) {
            indicators.setTarget(i.id(), "2025", BigDecimal.TEN, null, mali());
        }
        indicators.enter(on.id(), PlanTestSupport.number("2025", 12, List.of()), mali());
        indicators.enter(off.id(), PlanTestSupport.number("2025", 3, List.of()), mali());

        // expected figures, computed from what was written above
        Map<String, BigDecimal[]> expectedPrevention = new HashMap<>();
        for (Object[] x : rows) {
            if ((Long) x[0] == o3) {
                continue;
            }
            BigDecimal[] sums = expectedPrevention.computeIfAbsent((String) x[4],
                    k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            sums[0] = sums[0].add(new BigDecimal((String) x[2]));
            sums[1] = sums[1].add(new BigDecimal((String) x[3]));
        }
        long preventionActivities = rows.stream().filter(x -> (Long) x[0] != o3).count();
        long preventionOngoing = rows.stream()
                .filter(x -> (Long) x[0] != o3 && x[1] == ActivityStatus.ONGOING).count();

        String result = mvc.perform(as("observer", get("/api/v1/plans/comparison"))
                        .param("ids", a.id() + "," + b.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(result, "$.plans[*].id"))
                .containsExactly((int) a.id(), (int) b.id());
        String prevention = "$.pillars[?(@.pillar == 'PREVENTION')].cells[0]";
        assertThat(JsonPath.<List<List<String>>>read(result, prevention + ".areaTitles").get(0))
                .containsExactly("Awareness", "Research");
        assertThat(JsonPath.<List<Integer>>read(result, prevention + ".objectives")).containsExactly(2);
        assertThat(JsonPath.<List<Integer>>read(result, prevention + ".activities"))
                .containsExactly((int) preventionActivities);
        assertThat(JsonPath.<List<Integer>>read(result, prevention + ".byStatus.ONGOING"))
                .containsExactly((int) preventionOngoing);
        for (var e : expectedPrevention.entrySet()) {
            String line = prevention + ".budgets[?(@.currency == '" + e.getKey() + "')]";
            assertThat(new BigDecimal(JsonPath.<List<Object>>read(result, line + ".planned").get(0).toString()))
                    .isEqualByComparingTo(e.getValue()[0]);
            assertThat(new BigDecimal(JsonPath.<List<Object>>read(result, line + ".spent").get(0).toString()))
                    .isEqualByComparingTo(e.getValue()[1]);
        }
        assertThat(JsonPath.<List<Object>>read(result, prevention + ".budgets[*]")).hasSize(expectedPrevention.size());
        assertThat(JsonPath.<List<Integer>>read(result, prevention + ".indicators")).containsExactly(3);
        assertThat(JsonPath.<List<Integer>>read(result, prevention + ".onTrack")).containsExactly(1);
        assertThat(JsonPath.<List<Integer>>read(result, prevention + ".offTrack")).containsExactly(1);
        assertThat(JsonPath.<List<Integer>>read(result, prevention + ".noValue")).containsExactly(1);
        assertThat(JsonPath.<List<Integer>>read(result, "$.pillars[?(@.pillar == 'PROSECUTION')].cells[1].objectives"))
                .containsExactly(0);
        assertThat(JsonPath.<List<List<String>>>read(result,
                "$.pillars[?(@.pillar == 'PROSECUTION')].cells[1].areaTitles").get(0)).containsExactly("Justice");
        assertThat(JsonPath.<List<List<Object>>>read(result,
                "$.pillars[?(@.pillar == 'PROTECTION')].cells[1].areaTitles").get(0)).isEmpty();
        assertThat(none.id()).isPositive();

        // the page shows the same figures, per currency
        mvc.perform(get("/plans/comparison").param("ids", String.valueOf(a.id()), String.valueOf(b.id()))
                        .with(user(user(users, "observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comparison-prevention\"")))
                .andExpect(content().string(containsString("data-currency=\"EUR\"")))
                .andExpect(content().string(containsString(english(expectedPrevention.get("XOF")[1]) + " / "
                        + english(expectedPrevention.get("XOF")[0]) + " XOF")));
    }

    private Indicator indicator(long planId, Long areaId) {
        return indicators.create(PlanId.of(planId), new IndicatorDraft(areaId, null, "T", unique("Compared indicator"),
                Measure.NUMBER, Direction.HIGHER_IS_BETTER, null, null, null, null, null, IndicatorSource.MANUAL,
                null, null), mali());
    }

    @Test
    void theComparisonDefaultsToThePlansInForceAndRefusesBadChoices() throws Exception {
        long inForce = jdbc.sql("select count(*) from action_plan where status = 'IN_FORCE'").query(Long.class)
                .single();
        mvc.perform(as("observer", get("/api/v1/plans/comparison"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.plans.length()").value((int) Math.min(inForce, 8)))
                .andExpect(jsonPath("$.pillars.length()").value(Pillar.values().length));
        mvc.perform(as("observer", get("/api/v1/plans/comparison")).param("ids", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("observer", get("/api/v1/plans/comparison")).param("ids", "999999999"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("observer", get("/api/v1/plans/comparison")).param("ids", "1,2,3,4,5,6,7,8,9"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("observer", get("/api/v1/plans/comparison")).param("status", "SUPERSEDED")
                        .param("country", "ML"))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/comparison").param("ids", "999999999").with(user(user(users, "observer"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"comparison-error\"")))
                .andExpect(content().string(containsString("id=\"no-comparison\"")));
        mvc.perform(get("/plans/comparison").with(user(user(users, "observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comparison-form\"")));
    }

    /** A number as an English page writes it (grouped thousands, at most two decimals). */
    private static String english(java.math.BigDecimal number) {
        return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(
                java.util.Locale.ENGLISH)).format(number);
    }
}
