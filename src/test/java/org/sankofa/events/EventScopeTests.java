package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.ParticipantDraft;
import org.sankofa.events.internal.Participants;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.DatePrecision;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators read the events (and their counts) of their scope: a national coordinator their country's, a regional
 * coordinator their community's members'; an event outside answers 404 and the lists leave it out. Names never.
 */
@SankofaTest
class EventScopeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;
    @Autowired
    Participants participants;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Event event(String title, String country) {
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        Event event = events.create(new EventDraft(EventKind.TRAINING, title,
                new EventDates(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), DatePrecision.DAY, true), null,
                country, null, List.of(), null, null, List.of(auc), List.of(), List.of(), List.of(), null),
                as("organiser"));
        participants.add(event.eventId(), new ParticipantDraft("Mariam Scopesecret", null, country,
                InstitutionType.BORDER, ParticipantSex.FEMALE, null), as("organiser"));
        return event;
    }

    private void reads(String reader, Event event, boolean yes) throws Exception {
        mvc.perform(get("/events/" + event.id()).with(user(as(reader))))
                .andExpect(yes ? status().isOk() : status().isNotFound())
                .andExpect(content().string(not(containsString("Scopesecret"))));
        mvc.perform(get("/api/v1/events/" + event.id() + "/figures").with(user(as(reader))))
                .andExpect(yes ? status().isOk() : status().isNotFound());
        mvc.perform(get("/api/v1/events/" + event.id()).with(user(as(reader))))
                .andExpect(yes ? status().isOk() : status().isNotFound());
        mvc.perform(get("/events").param("kind", "TRAINING").param("from", "2024-03-04").param("to", "2024-03-05")
                .with(user(as(reader)))).andExpect(status().isOk())
                .andExpect(content().string(yes ? containsString(event.title()) : not(containsString(event.title()))));
    }

    @Test
    void aNationalCoordinatorReadsTheEventsOfTheirCountryOnly() throws Exception {
        Event mali = event("Scope Mali " + UUID.randomUUID(), "ML");
        Event senegal = event("Scope Senegal " + UUID.randomUUID(), "SN");
        Event nowhere = event("Scope no country " + UUID.randomUUID(), null);
        reads("coordinator.mali", mali, true);
        reads("coordinator.mali", senegal, false);
        // an event whose country is not recorded belongs to no country's scope: every reader reads it
        reads("coordinator.mali", nowhere, true);
    }

    @Test
    void aRegionalCoordinatorReadsTheEventsOfTheirCommunitysMembers() throws Exception {
        Event senegal = event("Scope Senegal " + UUID.randomUUID(), "SN");
        Event djibouti = event("Scope Djibouti " + UUID.randomUUID(), "DJ");
        reads("coordinator.ecowas", senegal, true);
        reads("coordinator.ecowas", djibouti, false);
        // M&E officers, organisers and administrators read every country's events (counts only for M&E officers)
        reads("mne", djibouti, true);
        reads("admin", djibouti, true);
        mvc.perform(get("/events/" + djibouti.id()).with(user(as("mne"))))
                .andExpect(content().string(allOf(containsString("id=\"participant-count\""),
                        not(containsString("Scopesecret")))));
    }
}
