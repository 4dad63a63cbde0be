package org.sankofa.plans;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.ProgressReport;
import org.sankofa.plans.internal.ProgressReports;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plans' pages: list and filters, the demo plans from the seeds, forms with messages, and refusals. */
@SankofaTest
class PlanPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Plans plans;
    @Autowired
    ProgressReports reports;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    /** A new user who reads Sankofa in that language. */
    private CurrentUser speaking(String language, RoleGrant grant) {
        String username = SignIn.uniqueUsername("lang-" + language);
        users.create(new NewUser(username, "Test " + language, null, "sankofa-demo", null, null, language,
                Set.of(grant)));
        return as(username);
    }

    private long demoPlan(String titleLike) {
        return jdbc.sql("select id from action_plan where title like ?").param(titleLike).query(Long.class).single();
    }

    @Test
    void theListShowsTheDemoPlansAndFiltersByScopeStatusAndCountry() throws Exception {
        mvc.perform(get("/plans").with(user(as("observer")))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2023–2027 (Mali)"),
                        containsString("ECOWAS Initial Plan of Action"), containsString("Ouagadougou Action Plan"),
                        containsString("ASEM Action Plan"), containsString("ECOWAS/ECCAS Joint Plan"))));
        mvc.perform(get("/plans").param("scope", "BI_REGIONAL").with(user(as("observer"))))
                .andExpect(content().string(allOf(containsString("ECOWAS/ECCAS Joint Plan"),
                        not(containsString("ASEM Action Plan")))));
        mvc.perform(get("/plans").param("country", "ML").param("status", "IN_FORCE").with(user(as("observer"))))
                .andExpect(content().string(allOf(containsString("2023–2027 (Mali)"),
                        not(containsString("2018–2022 (Mali)")))));
        mvc.perform(get("/plans").param("country", "JP").param("scope", "NATIONAL").with(user(as("observer"))))
                .andExpect(content().string(containsString("id=\"no-plans\"")));
        mvc.perform(get("/plans").param("status", "NOPE").with(user(as("observer"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theMaliPlanPageShowsWhatTheSeedSaysAndTheSevenStrategiesCarryTheirPillars() throws Exception {
        long mali = demoPlan("National Action Plan%2023–2027 (Mali)");
        mvc.perform(get("/plans/" + mali).with(user(as("observer")))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bamako"), containsString("COMPASS"),
                        containsString("PROMIS"), containsString("MPRR-SSA"), containsString("CNCLTP/PA"),
                        containsString("2018–2022 (Mali)"), containsString("SDG 16.2.2"))))
                .andExpect(content().string(not(containsString("id=\"edit-plan\""))));
        mvc.perform(get("/plans/" + mali + "/scorecard").with(user(as("observer")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"synthetic-flag\"")));
        long joint = demoPlan("ECOWAS/ECCAS Joint Plan%");
        mvc.perform(get("/plans/" + joint).with(user(as("observer"))))
                .andExpect(content().string(allOf(containsString("Travel and identity documents"),
                        containsString("Monitoring and evaluation of implementation"), containsString("July 2006"))));
    }

    @Test
    void everyIndicatorPageOfTheMaliPlanRendersItsValuesAndTheValueFormForThoseWhoReport() throws Exception {
        long mali = demoPlan("National Action Plan%2023–2027 (Mali)");
        // the indicators entered by hand (the computed ones: ComputedIndicatorTests)
        List<Long> ids = jdbc.sql("select id from indicator where plan_id = ? and source = 'MANUAL' order by id")
                .param(mali).query(Long.class).list();
        assertThat(ids).hasSize(4 + 3); // DemoPlans, then DemoComputedIndicators' criminal-justice figures
        for (long id : ids) {
            mvc.perform(get("/indicators/" + id).param("period", "2024Q1").with(user(as("mne"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"value-form\""),
                            containsString("data-period=\"2024Q4\""), containsString("id=\"synthetic-flag\""))));
            mvc.perform(get("/indicators/" + id).with(user(as("observer")))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("id=\"value-form\""))));
        }
        mvc.perform(get("/indicators/" + ids.get(0)).param("period", "garbage").with(user(as("mne"))))
                .andExpect(status().isOk());
        for (String path : List.of("/plans/" + mali + "/reports", "/plans/" + mali + "/edit",
                "/plans/" + mali + "/indicators/new")) {
            mvc.perform(get(path).with(user(as("coordinator.mali")))).andExpect(status().isOk());
        }
        long objective = jdbc.sql("select o.id from plan_objective o join strategic_area a on a.id = o.area_id "
                + "where a.plan_id = ? order by o.id limit 1").param(mali).query(Long.class).single();
        mvc.perform(get("/plans/" + mali + "/objectives/" + objective + "/activities/new")
                .with(user(as("coordinator.mali")))).andExpect(status().isOk());
    }

    @Test
    void aPageInFrench() throws Exception {
        long mali = demoPlan("National Action Plan%2023–2027 (Mali)");
        mvc.perform(get("/plans/" + mali + "/scorecard").with(user(speaking("fr", RoleGrant.of(Role.OBSERVER)))))
                .andExpect(content().string(allOf(containsString("Tableau de bord"),
                        containsString("données de démonstration synthétiques"), containsString("Prévention"))));
    }

    @Test
    void aFormWithMistakesAnswers422WithAMessagePerField() throws Exception {
        mvc.perform(post("/plans").with(user(as("coordinator.mali"))).with(csrf())
                        .param("title", "").param("scope", "NATIONAL").param("status", "DRAFT")
                        .param("countries", "ML").param("periodStart", "2025-13-45"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"periodStart-error\""),
                        containsString("aria-invalid=\"true\""))));
        long mali = demoPlan("National Action Plan%2023–2027 (Mali)");
        mvc.perform(post("/plans/" + mali + "/areas").with(user(as("coordinator.mali"))).with(csrf())
                        .param("title", "").param("pillar", "NOPE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"area-title-error\""),
                        containsString("id=\"area-pillar-error\""))));
        mvc.perform(post("/plans/" + mali + "/areas").with(user(speaking("pt",
                        new RoleGrant(Role.NATIONAL_COORDINATOR, "ML", null)))).with(csrf())
                        .param("title", "").param("pillar", "NOPE"))
                .andExpect(content().string(containsString("Escolha um dos valores propostos.")));
        long indicator = jdbc.sql("select min(id) from indicator where plan_id = ? and source = 'MANUAL'")
                .param(mali).query(Long.class).single();
        mvc.perform(post("/indicators/" + indicator + "/targets").with(user(as("coordinator.mali"))).with(csrf())
                        .param("period", "2031").param("target", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"target-target-error\""),
                        containsString("Give the target: a number or a text."))));
    }

    @Test
    void aCoordinatorIsRefusedTheFormsOfAPlanOutsideTheirScope() throws Exception {
        long ecowas = demoPlan("ECOWAS Initial Plan%");
        mvc.perform(get("/plans/" + ecowas + "/edit").with(user(as("coordinator.mali"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + ecowas + "/edit").with(user(as("coordinator.ecowas"))))
                .andExpect(status().isOk());
        mvc.perform(post("/plans/" + ecowas + "/areas").with(user(as("coordinator.mali"))).with(csrf())
                .param("title", "x").param("pillar", "OTHER")).andExpect(status().isForbidden());
    }

    @Test
    void anotherCoordinatorRejectsASubmittedReportWithANoteThatTheReportPageShows() throws Exception {
        Plan plan = PlanTestSupport.malianPlan(plans, as("coordinator.mali"));
        ProgressReport report = reports.create(plan.planId(), "2025", as("mne"));
        reports.submit(report.id(), report.version(), as("mne"));
        CurrentUser second = PlanTestSupport.newNationalCoordinator(users, "ML");

        mvc.perform(post("/reports/" + report.id() + "/reject").with(user(as("observer"))).with(csrf())
                .param("note", "No.")).andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + report.id() + "/reject").with(user(second)).with(csrf())
                        .param("note", "The figures of the north are missing."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/" + report.id()).with(user(as("observer"))))
                .andExpect(content().string(allOf(containsString("id=\"decision-note\""),
                        containsString("The figures of the north are missing."))));
        mvc.perform(post("/reports/" + report.id() + "/approve").with(user(second)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"report-alert\"")));
    }
}
