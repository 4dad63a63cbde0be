package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.DatePrecision;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reach of an awareness activity: a number of people (0 or more), counted or estimated, and how. */
@SankofaTest
class EventReachTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Event event(EventKind kind) {
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        return events.create(new EventDraft(kind, "Reach " + UUID.randomUUID(),
                new EventDates(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 2), DatePrecision.DAY, true), "Bamako",
                "ML", null, List.of(), null, null, List.of(auc), List.of(), List.of(), List.of(), null),
                as("organiser"));
    }

    private Integer reach(Event event) {
        return jdbc.sql("select reach from event where id = ?").param(event.id())
                .query((rs, n) -> java.util.Optional.ofNullable((Integer) rs.getObject(1))).single().orElse(null);
    }

    @Test
    void anAwarenessActivityRecordsItsReachAndShowsItOnItsPage() throws Exception {
        Event campaign = event(EventKind.AWARENESS);
        mvc.perform(post("/events/" + campaign.id() + "/reach").with(csrf()).with(user(as("organiser")))
                .param("reach", "1200").param("reachBasis", "ESTIMATED")
                .param("reachMethod", "Radio audience survey").param("version", String.valueOf(campaign.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(reach(campaign)).isEqualTo(1200);
        mvc.perform(get("/events/" + campaign.id()).with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1,200 people reached (Estimated)"),
                        containsString("Radio audience survey"), not(containsString("id=\"reach-form\"")))));
    }

    @Test
    void aNegativeOrUnreadableReachOrOneWithoutItsBasisIsRefusedAndNothingIsWritten() throws Exception {
        Event campaign = event(EventKind.AWARENESS);
        String version = String.valueOf(campaign.version());
        for (String[] bad : new String[][] { {"-5", "COUNTED", "Head count"}, {"lots", "COUNTED", "Head count"},
                {"30", "", "Head count"}, {"30", "GUESSED", "Head count"}, {"30", "COUNTED", ""},
                {"99999999999", "COUNTED", "Head count"} }) {
            mvc.perform(post("/events/" + campaign.id() + "/reach").with(csrf()).with(user(as("organiser")))
                    .param("reach", bad[0]).param("reachBasis", bad[1]).param("reachMethod", bad[2])
                    .param("version", version))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("class=\"field-error\"")));
        }
        mvc.perform(put("/api/v1/events/" + campaign.id() + "/reach").with(csrf()).with(user(as("organiser")))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"people\": -1, \"basis\": \"COUNTED\", \"method\": \"Head count\", \"version\": "
                        + version + "}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(reach(campaign)).isNull();

        mvc.perform(put("/api/v1/events/" + campaign.id() + "/reach").with(csrf()).with(user(as("organiser")))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"people\": 0, \"basis\": \"COUNTED\", \"method\": \"Head count\", \"version\": "
                        + version + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reach.people").value(0));
    }

    @Test
    void onlyAnAwarenessActivityHasAReachAndOnlyItsOrganisersRecordIt() throws Exception {
        Event training = event(EventKind.TRAINING);
        mvc.perform(put("/api/v1/events/" + training.id() + "/reach").with(csrf()).with(user(as("organiser")))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"people\": 40, \"basis\": \"COUNTED\", \"method\": \"Head count\", \"version\": "
                        + training.version() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("awareness")));
        assertThat(reach(training)).isNull();

        Event campaign = event(EventKind.AWARENESS);
        for (String other : List.of("coordinator.mali", "mne", "observer")) {
            mvc.perform(post("/events/" + campaign.id() + "/reach").with(csrf()).with(user(as(other)))
                    .param("reach", "10").param("reachBasis", "COUNTED").param("reachMethod", "Head count")
                    .param("version", String.valueOf(campaign.version())))
                    .andExpect(status().isForbidden());
        }
        assertThat(reach(campaign)).isNull();
    }
}
