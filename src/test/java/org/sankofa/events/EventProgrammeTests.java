package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.EventProgrammes;
import org.sankofa.events.internal.Events;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.TargetMeasure;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.programmes.internal.Progress;
import org.sankofa.programmes.internal.TargetDraft;
import org.sankofa.programmes.internal.Targets;
import org.sankofa.shared.DatePrecision;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event names the programmes it serves (its managers only), and a programme's "workshops held" target counts the
 * held workshops that serve it, in the period they were held; the demo's six national workshops serve the return
 * programme.
 */
@SankofaTest
class EventProgrammeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;
    @Autowired
    EventProgrammes eventProgrammes;
    @Autowired
    Programmes programmes;
    @Autowired
    Targets targets;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private long org(String acronym) {
        return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    @Test
    void aHeldWorkshopServingTheProgrammeCountsInThePeriodItWasHeld() throws Exception {
        String code = "W-" + UUID.randomUUID().toString().substring(0, 8);
        Programme programme = programmes.create(new ProgrammeDraft(code, "Workshops " + code, null,
                LocalDate.of(2020, 1, 1), null, null, List.of(), List.of(org("IOM")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of()), as("admin"));
        targets.add(programme.programmeId(), new TargetDraft(TargetMeasure.WORKSHOPS_HELD, "Workshops", null, null,
                Map.of("2024", java.math.BigDecimal.ONE)), as("admin"));
        Event workshop = events.create(new EventDraft(EventKind.WORKSHOP, "Programme workshop " + code,
                new EventDates(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 7), DatePrecision.DAY, true), "Dakar",
                "SN", null, List.of(), null, null, List.of(org("AUC")), List.of(), List.of(), List.of(), null),
                as("organiser"));
        events.changeStatus(workshop.eventId(), workshop.version(), EventStatus.HELD, LocalDate.of(2024, 5, 7),
                as("organiser"));
        // another organisation's organiser may not name it
        assertThatThrownBy(() -> eventProgrammes.link(workshop.eventId(), programme.id(), as("mne")))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/events/" + workshop.id() + "/programmes").param("programme",
                String.valueOf(programme.id())).with(user(as("organiser"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Progress progress = targets.progress(programmes.programme(programme.programmeId()).orElseThrow()).get(0);
        assertThat(progress.achieved().total()).isEqualTo(1);
        assertThat(progress.periods().get(0).achieved().total()).isEqualTo(1);
        assertThat(targets.served(programme)).extracting(s -> s.title()).contains(workshop.title());
        mvc.perform(post("/events/" + workshop.id() + "/programmes/" + programme.id() + "/remove")
                .with(user(as("organiser"))).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(targets.progress(programmes.programme(programme.programmeId()).orElseThrow()).get(0).achieved()
                .total()).isZero();
    }

    @Test
    void theSixNationalWorkshopsServeTheReturnProgramme() {
        long id = jdbc.sql("select id from programme where code = 'RRRP-CTV'").query(Long.class).single();
        Programme rrrp = programmes.programme(ProgrammeId.of(id)).orElseThrow();
        assertThat(targets.served(rrrp)).hasSize(6)
                .allSatisfy(s -> assertThat(s.title()).startsWith("National workshop on child trafficking"));
    }
}
