package org.sankofa.events;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's events come from the seeds, say what the seeds do not give, and mark their participants synthetic. */
@SankofaTest
class EventDemoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;

    private long event(String titleLike) {
        return jdbc.sql("select id from event where title like ?").param(titleLike).query(Long.class).single();
    }

    @Test
    void theSeedsEventsAreThereWithTheirDatesAsFarAsTheSeedsGiveThem() throws Exception {
        var reader = users.findByUsername("mne").orElseThrow();
        mvc.perform(get("/events/" + event("Workshop launching the Ouagadougou Action Plan%")).with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("24 March – 26 March, year not given"),
                        containsString("Abuja, Nigeria"), containsString("More than 50 officials"),
                        containsString("id=\"participant-count\">52<"), not(containsString("Synthetic-")))));
        for (String city : List.of("Abidjan", "Conakry", "Dakar", "Ouagadougou", "Monrovia", "Niamey")) {
            mvc.perform(get("/events/" + event("National workshop%, " + city)).with(user(reader)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("dates not given")));
        }
        long conference = event("Conference on combating human trafficking%");
        mvc.perform(get("/events/" + conference).with(user(reader))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("7 February – 10 February, year not given"),
                        containsString("One-day presentation of the Djibouti conference materials"))));
        mvc.perform(get("/events/" + event("High-level meeting%")).with(user(reader)))
                .andExpect(content().string(containsString("December, year not given")));
        mvc.perform(get("/events/" + event("Official launch of Mali%")).with(user(reader)))
                .andExpect(content().string(allOf(containsString("2023-10-19"), containsString("Bamako, Mali"),
                        containsString("id=\"attendance-per-day\""))));
        assertThat(event("Training of border patrol officers%")).isPositive();
        assertThat(event("AU.COMMIT campaign%")).isPositive();
        assertThat(jdbc.sql("select count(*) from event_participant where not synthetic and created_by = 'demo-loader'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select bool_and(name like '%Synthetic-%') from event_participant where synthetic")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theOrganisersHomePageShowsTheirUpcomingEventsAndThoseWaitingForTheirReport() throws Exception {
        mvc.perform(get("/").with(user(users.findByUsername("organiser").orElseThrow()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"home-events-upcoming\""),
                        containsString("Regional training of trainers on the Ouagadougou Action Plan (synthetic)"),
                        containsString("id=\"home-events-report\""),
                        containsString("Workshop launching the Ouagadougou Action Plan"),
                        containsString("AU.COMMIT campaign"),
                        // IOM's events are not the AU Commission organiser's
                        not(containsString("Training of border patrol officers")))));
        mvc.perform(get("/").with(user(users.findByUsername("coordinator.mali").orElseThrow())))
                .andExpect(content().string(not(containsString("id=\"home-events-upcoming\""))));
    }
}
