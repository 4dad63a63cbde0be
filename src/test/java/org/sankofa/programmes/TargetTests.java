package org.sankofa.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.programmes.internal.Progress;
import org.sankofa.programmes.internal.TargetDraft;
import org.sankofa.programmes.internal.Targets;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A target's rules (a measure, periods within the programme, a manual figure read from a plans indicator) and its
 * manual progress: the values entered in the plan, never typed again.
 */
@SankofaTest
class TargetTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Programmes programmes;
    @Autowired
    Targets targets;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Programme programme(LocalDate start, LocalDate end) {
        String code = "G-" + UUID.randomUUID().toString().substring(0, 8);
        long iom = jdbc.sql("select id from organisation where acronym = 'IOM'").query(Long.class).single();
        return programmes.create(new ProgrammeDraft(code, "Targets " + code, null, start, end, null, List.of(),
                List.of(iom), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), as("admin"));
    }

    @Test
    void aTargetNeedsAMeasureAndPeriodsWithinTheProgrammeAndNothingIsWrittenOtherwise() throws Exception {
        Programme p = programme(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
        assertThatThrownBy(() -> targets.add(p.programmeId(), new TargetDraft(null, "No measure", null, null,
                Map.of()), as("admin"))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("measure", "programme.target.measure.required"));
        assertThatThrownBy(() -> targets.add(p.programmeId(), new TargetDraft(TargetMeasure.CHILDREN_RETURNED,
                "Outside", null, null, Map.of("2021", BigDecimal.TEN, "2024", BigDecimal.TEN)), as("admin")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("values", "programme.target.period.outside"));
        assertThatThrownBy(() -> targets.add(p.programmeId(), new TargetDraft(TargetMeasure.MANUAL, "Manual",
                null, null, Map.of()), as("admin"))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("indicator", "programme.target.indicator.required"));
        mvc.perform(post("/api/v1/programmes/" + p.id() + "/targets").with(user(as("admin"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "pt")
                .content("{\"label\": \"Sem medida\", \"values\": {\"2021\": 5}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Escolha o que a meta mede")));
        mvc.perform(post("/programmes/" + p.id() + "/targets").with(user(as("admin"))).with(csrf())
                .param("measure", "CHILDREN_RETURNED").param("label", "Returned").param("values", "2019 12"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("lies outside the programme")));
        assertThat(jdbc.sql("select count(*) from programme_target where programme_id = ?").param(p.id())
                .query(Long.class).single()).isZero();
        // a target of another organisation's programme may not be added by an implementer of another
        assertThatThrownBy(() -> targets.add(p.programmeId(), new TargetDraft(TargetMeasure.CHILDREN_RETURNED,
                "Not theirs", null, null, Map.of()), as("mne"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManualTargetReadsThePlansIndicatorValuesEnteredThere() throws Exception {
        record Found(long id, BigDecimal expected) {
        }
        List<Found> found = jdbc.sql("""
                select i.id, (select sum(v.value) from indicator_value v where v.indicator_id = i.id
                              and v.value is not null and v.period_end <= current_date
                              and length(v.period) = (select min(length(w.period)) from indicator_value w
                                                      where w.indicator_id = i.id and w.value is not null
                                                        and w.period_end <= current_date)) as expected
                from indicator i where i.source = 'MANUAL' and i.measure = 'NUMBER'
                  and exists (select 1 from indicator_value v where v.indicator_id = i.id and v.value is not null
                              and v.period_end <= current_date)
                order by i.id limit 1""")
                .query((rs, n) -> new Found(rs.getLong(1), rs.getBigDecimal(2))).list();
        assertThat(found).as("a demo indicator entered by hand with values").isNotEmpty();
        Programme p = programme(LocalDate.of(1990, 1, 1), null);
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.MANUAL, "From the plan", null, found.get(0).id(),
                Map.of()), as("admin"));
        Progress progress = targets.progress(programmes.programme(p.programmeId()).orElseThrow()).get(0);
        assertThat(progress.achieved().counted()).isTrue();
        assertThat(progress.achieved().total()).isEqualTo(found.get(0).expected().longValue());
        mvc.perform(get("/api/v1/programmes/" + p.id() + "/targets").with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].target.measure").value("MANUAL"))
                .andExpect(jsonPath("$[0].achieved.total").value(found.get(0).expected().longValue()))
                .andExpect(jsonPath("$[0].achieved.byCountry").doesNotExist());
    }

    @Autowired
    org.sankofa.plans.internal.Activities activities;

    private long activity(String title, org.sankofa.plans.ActivityStatus status, LocalDate actualEnd) {
        long objective = jdbc.sql("select min(id) from plan_objective").query(Long.class).single();
        return activities.add(objective, new org.sankofa.plans.internal.ActivityDraft(title, null, null, List.of(),
                null, null, null, actualEnd == null ? null : actualEnd.minusMonths(2), actualEnd, status, null, null,
                null, null, null, null), as("admin")).id();
    }

    @Test
    void theCompletedPlanActivitiesAProgrammeServesCountInThePeriodTheyEnded() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long done = activity("Programme activity done " + tag, org.sankofa.plans.ActivityStatus.COMPLETED,
                LocalDate.of(2021, 6, 30));
        long going = activity("Programme activity going " + tag, org.sankofa.plans.ActivityStatus.ONGOING, null);
        String code = "A-" + tag;
        long iom = jdbc.sql("select id from organisation where acronym = 'IOM'").query(Long.class).single();
        Programme p = programmes.create(new ProgrammeDraft(code, "Activities " + code, null, LocalDate.of(2020, 1, 1),
                null, null, List.of(), List.of(iom), List.of(), List.of(), List.of(), List.of(), List.of(done, going),
                List.of()), as("admin"));
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.ACTIVITIES_COMPLETED, "Activities completed", null,
                null, Map.of("2021", BigDecimal.ONE, "2022", BigDecimal.ONE)), as("admin"));
        Progress progress = targets.progress(programmes.programme(p.programmeId()).orElseThrow()).get(0);
        assertThat(progress.achieved().total()).isEqualTo(1);
        assertThat(progress.periods()).extracting(pp -> pp.period() + "=" + pp.achieved().total())
                .containsExactly("2021=1", "2022=0");
    }
}
