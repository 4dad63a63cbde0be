package org.sankofa.plans;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.statistics.VictimStatistics;
import org.sankofa.cases.CountryBasis;
import org.sankofa.statistics.VictimCounts;
import org.sankofa.cases.VictimMeasure;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.ComputedMeasure;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorDraft;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sankofa.plans.PlanTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Computed indicators: counted live through VictimStatistics for the plan's countries, never typed, flagged. */
@SankofaTest
class ComputedIndicatorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    Plans plans;
    @Autowired
    Indicators indicators;
    @Autowired
    VictimStatistics statistics;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Indicator computed(long planId, ComputedMeasure measure, List<Disaggregation> by) {
        return indicators.create(PlanId.of(planId), new IndicatorDraft(null, null, "C-1", unique("Computed"), Measure.NUMBER,
                Direction.HIGHER_IS_BETTER, null, null, null, null, by, IndicatorSource.COMPUTED, measure.key(),
                List.of()), as("admin"));
    }

    @Test
    void aNationalPlansComputedValueIsTheCountOfItsCountryForThePeriod() throws Exception {
        Plan plan = PlanTestSupport.malianPlan(plans, as("coordinator.mali"));
        Indicator indicator = computed(plan.id(), ComputedMeasure.VICTIMS_IDENTIFIED_CITIZENS,
                List.of(Disaggregation.SEX, Disaggregation.FORM_OF_EXPLOITATION));
        IsoPeriod period = IsoPeriod.parse("2025Q3").orElseThrow();
        VictimCounts expected = statistics.count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.CITIZENS_OF,
                List.of("ML"), period.start(), period.end());

        String body = mvc.perform(get("/api/v1/indicators/" + indicator.id() + "/values").param("period", "2025Q3")
                .with(user(as("observer")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Boolean> flags = JsonPath.read(body, "$[*].computed");
        assertThat(flags).isNotEmpty().containsOnly(true);
        List<Integer> totals = JsonPath.read(body, "$[?(@.period == '2025Q3')].value");
        assertThat(totals).containsExactly((int) expected.total());
        List<String> evidence = JsonPath.read(body, "$[?(@.period == '2025Q3')].evidence");
        assertThat(evidence).containsExactly("ML");
        // every year of the plan's period up to today is counted
        List<String> periods = JsonPath.read(body, "$[*].period");
        assertThat(periods).contains("2023", "2024", "2025", "2025Q3");
        List<Integer> female = JsonPath.read(body,
                "$[?(@.period == '2025Q3')].parts[?(@.dimension == 'SEX' && @.category == 'Feminine')].value");
        assertThat(female.stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(expected.bySex().getOrDefault(org.sankofa.cases.Gender.FEMININE, 0L));

        mvc.perform(get("/api/v1/indicators/" + indicator.id() + "/values").param("period", "2025Q5")
                .with(user(as("observer")))).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aRegionalPlanCountsTheCommunitysMembersOnThePeriodsLastDay() throws Exception {
        Plan plan = plans.create(PlanTestSupport.regional("ECOWAS", unique("Test plan ECOWAS")),
                as("coordinator.ecowas"));
        Indicator indicator = computed(plan.id(), ComputedMeasure.VICTIMS_IDENTIFIED, List.of(Disaggregation.COUNTRY));
        String body = mvc.perform(get("/api/v1/indicators/" + indicator.id() + "/values")
                .with(user(as("observer")))).andReturn().getResponse().getContentAsString();
        String in2024 = JsonPath.<List<String>>read(body, "$[?(@.period == '2024')].evidence").get(0);
        String in2025 = JsonPath.<List<String>>read(body, "$[?(@.period == '2025')].evidence").get(0);
        // Burkina Faso, Mali and Niger left ECOWAS on 2025-01-29
        assertThat(in2024).contains("ML", "BF", "NE", "SN");
        assertThat(in2025).contains("SN", "GH").doesNotContain("ML", "BF", "NE");
        IsoPeriod year = IsoPeriod.year(2025);
        VictimCounts expected = statistics.count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN,
                List.of(in2025.split(", ")), year.start(), year.end());
        assertThat(JsonPath.<List<Integer>>read(body, "$[?(@.period == '2025')].value"))
                .containsExactly((int) expected.total());
    }

    @Test
    void aComputedIndicatorRefusesTypedValues() throws Exception {
        Plan plan = PlanTestSupport.malianPlan(plans, as("coordinator.mali"));
        Indicator indicator = computed(plan.id(), ComputedMeasure.VICTIMS_ASSISTED, List.of(Disaggregation.SEX));
        mvc.perform(post("/indicators/" + indicator.id() + "/values").param("period", "2025Q1").param("value", "4")
                .with(user(as("coordinator.mali"))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"value-alert\""),
                        containsString("cannot be entered by hand"), not(containsString("id=\"value-form\"")))));
        mvc.perform(put("/api/v1/indicators/" + indicator.id() + "/values/2025Q1").with(csrf())
                .with(user(as("coordinator.mali"))).contentType(MediaType.APPLICATION_JSON).content("{\"value\": 4}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from indicator_value where indicator_id = ?").param(indicator.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aComputedIndicatorNamesAKnownComputationAndIsANumber() throws Exception {
        Plan plan = PlanTestSupport.malianPlan(plans, as("coordinator.mali"));
        assertThatThrownBy(() -> indicators.create(plan.planId(), new IndicatorDraft(null, null, null, unique("X"),
                Measure.PERCENT, null, null, null, null, null, List.of(), IndicatorSource.COMPUTED,
                "cases.victims-counted-somehow", List.of()), as("coordinator.mali")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("computedKey", "plan.indicator.computedKey.unknown")
                        .containsEntry("measure", "plan.indicator.computed.number"));
        // the form offers the computations and creates a computed indicator from the choice
        mvc.perform(get("/plans/" + plan.id() + "/indicators/new").with(user(as("coordinator.mali"))))
                .andExpect(content().string(allOf(containsString("value=\"cases.victims-returned.citizens\""),
                        containsString("Computed: citizens of the plan"))));
        String definition = unique("Returned home");
        mvc.perform(post("/plans/" + plan.id() + "/indicators").param("definition", definition)
                .param("measure", "NUMBER").param("direction", "HIGHER_IS_BETTER")
                .param("computedKey", "cases.victims-returned.citizens").param("disaggregations", "SEX")
                .with(user(as("coordinator.mali"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select source || '/' || computed_key from indicator where definition = ?")
                .param(definition).query(String.class).single())
                .isEqualTo("COMPUTED/cases.victims-returned.citizens");
    }

    @Test
    void theIndicatorPageAndTheScorecardShowComputedValuesAsComputedFromCaseRecords() throws Exception {
        Plan plan = PlanTestSupport.malianPlan(plans, as("coordinator.mali"));
        Indicator indicator = computed(plan.id(), ComputedMeasure.VICTIMS_IDENTIFIED,
                List.of(Disaggregation.SEX, Disaggregation.AGE_GROUP, Disaggregation.FORM_OF_EXPLOITATION));
        mvc.perform(get("/indicators/" + indicator.id()).param("period", "2024S2").with(user(as("observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"computed-flag\""),
                        containsString("Computed from case records"), containsString("data-period=\"2024S2\""),
                        containsString("Case records of: ML"), containsString("id=\"compute-form\""),
                        containsString("id=\"computed-forms-hint\""), not(containsString("id=\"value-form\"")))));
        mvc.perform(get("/indicators/" + indicator.id()).param("period", "2024X").with(user(as("observer"))))
                .andExpect(content().string(containsString("id=\"computePeriod-error\"")));
        mvc.perform(get("/plans/" + plan.id() + "/scorecard").with(user(as("observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-indicator=\"" + indicator.id() + "\""),
                        containsString("Computed from case records"))));
    }

    @Test
    void theMaliDemoPlanHasComputedAndCriminalJusticeIndicators() {
        long mali = jdbc.sql("select id from action_plan where title like 'National Action Plan%2023–2027 (Mali)'")
                .query(Long.class).single();
        List<Indicator> all = indicators.forPlan(PlanId.of(mali));
        assertThat(all.stream().filter(i -> i.source() == IndicatorSource.COMPUTED).map(Indicator::computedKey))
                .contains("cases.victims-identified", "cases.victims-identified.citizens", "cases.victims-assisted",
                        "cases.victims-returned.citizens");
        assertThat(all.stream().filter(i -> i.code() != null && i.code().startsWith("PRS")
                && !i.code().equals("PRS-2")))
                .hasSize(3).allSatisfy(i -> assertThat(i.disaggregations())
                        .contains(Disaggregation.SEX, Disaggregation.CITIZENSHIP));
        Indicator prosecuted = all.stream().filter(i -> "PRS-1".equals(i.code())).findFirst().orElseThrow();
        assertThat(indicators.values(prosecuted.id())).allSatisfy(v -> {
            assertThat(v.synthetic()).isTrue();
            assertThat(v.parts().stream().filter(p -> p.dimension() == Disaggregation.CITIZENSHIP)
                    .map(p -> p.value()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                    .isEqualByComparingTo(v.value());
        });
    }
}
