package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.Participant;
import org.sankofa.events.internal.ParticipantDraft;
import org.sankofa.events.internal.ParticipantFigures;
import org.sankofa.events.internal.Participants;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Participants and attendance: personal data that only the event's organisers and administrators see (everyone else
 * who reads the event sees counts), and attendance per day of the event only.
 */
@SankofaTest
class ParticipantTests {

    private static final LocalDate MONDAY = LocalDate.of(2024, 5, 6);
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 8);

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

    private long organisation(String acronym) {
        return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    private Event training(boolean held) {
        Event event = events.create(new EventDraft(EventKind.TRAINING, "Border officers " + UUID.randomUUID(),
                new EventDates(MONDAY, WEDNESDAY, DatePrecision.DAY, true), "Djibouti", "DJ", null, List.of(), null,
                null, List.of(organisation("AUC")), List.of(), List.of(), List.of(), null), as("organiser"));
        if (held) {
            event = events.changeStatus(event.eventId(), event.version(), EventStatus.HELD, WEDNESDAY,
                    as("organiser"));
        }
        return event;
    }

    private static ParticipantDraft person(String name, InstitutionType type, ParticipantSex sex) {
        return new ParticipantDraft(name, "Police nationale", "DJ", type, sex, name.toLowerCase() + "@example.org");
    }

    @Test
    void attendanceIsRecordedPerDayOfTheEventAndCountedForEveryReader() {
        Event event = training(true);
        CurrentUser organiser = as("organiser");
        long amina = participants.add(event.eventId(), person("Amina Testperson", InstitutionType.BORDER,
                ParticipantSex.FEMALE), organiser);
        long omar = participants.add(event.eventId(), person("Omar Testperson", InstitutionType.POLICE,
                ParticipantSex.MALE), organiser);
        participants.recordDay(event.eventId(), MONDAY, List.of(amina, omar), organiser);
        participants.recordDay(event.eventId(), WEDNESDAY, List.of(amina), organiser);
        // recording a day again replaces it
        participants.recordDay(event.eventId(), MONDAY, List.of(omar), organiser);

        List<Participant> list = participants.of(event.eventId(), organiser);
        assertThat(list).extracting(Participant::name).containsExactly("Amina Testperson", "Omar Testperson");
        assertThat(list.get(0).days()).containsExactly(WEDNESDAY);
        assertThat(list.get(1).days()).containsExactly(MONDAY);

        ParticipantFigures figures = participants.figures(event.eventId(), as("observer"));
        assertThat(figures.participants()).isEqualTo(2);
        assertThat(figures.bySex()).containsEntry(ParticipantSex.FEMALE, 1L).containsEntry(ParticipantSex.MALE, 1L);
        assertThat(figures.byInstitution()).containsEntry(InstitutionType.BORDER, 1L);
        assertThat(figures.attendance()).containsExactly(new ParticipantFigures.DayCount(MONDAY, 1),
                new ParticipantFigures.DayCount(WEDNESDAY, 1));
    }

    @Test
    void aDayOutsideTheEventOrSomeoneElsesParticipantIsRefusedAndNothingIsWritten() {
        Event event = training(false);
        Event other = training(false);
        CurrentUser organiser = as("organiser");
        long mine = participants.add(event.eventId(), person("Awa Testperson", InstitutionType.JUDICIARY,
                ParticipantSex.FEMALE), organiser);
        long theirs = participants.add(other.eventId(), person("Ali Testperson", InstitutionType.NGO,
                ParticipantSex.MALE), organiser);
        assertThatThrownBy(() -> participants.recordDay(event.eventId(), WEDNESDAY.plusDays(1), List.of(mine),
                organiser)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("day", "event.attendance.dayOutside"));
        assertThatThrownBy(() -> participants.recordDay(event.eventId(), MONDAY.minusDays(1), List.of(mine),
                organiser)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> participants.recordDay(event.eventId(), MONDAY, List.of(mine, theirs), organiser))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("present", "event.attendance.unknown"));
        assertThat(jdbc.sql("select count(*) from event_attendance where participant_id in (?, ?)")
                .params(mine, theirs).query(Long.class).single()).isZero();
        assertThatThrownBy(() -> participants.add(event.eventId(), new ParticipantDraft(" ", null, "XX", null, null,
                null), organiser)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("name", "country", "institutionType", "sex"));
        Event cancelled = events.changeStatus(other.eventId(), other.version(), EventStatus.CANCELLED, MONDAY,
                organiser);
        assertThatThrownBy(() -> participants.recordDay(cancelled.eventId(), MONDAY, List.of(theirs), organiser))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void scoresOutsideTheirRangeAreRefusedAndTheImprovementIsCountedOverThoseTestedTwice() throws Exception {
        Event event = training(true);
        CurrentUser organiser = as("organiser");
        long a = participants.add(event.eventId(), person("Scored One", InstitutionType.BORDER,
                ParticipantSex.FEMALE), organiser);
        long b = participants.add(event.eventId(), person("Scored Two", InstitutionType.BORDER,
                ParticipantSex.MALE), organiser);
        long c = participants.add(event.eventId(), person("Scored Three", InstitutionType.POLICE,
                ParticipantSex.MALE), organiser);
        participants.score(event.eventId(), a, new java.math.BigDecimal("40"), new java.math.BigDecimal("70"),
                organiser);
        participants.score(event.eventId(), b, new java.math.BigDecimal("50"), new java.math.BigDecimal("95"),
                organiser);
        participants.score(event.eventId(), c, new java.math.BigDecimal("10"), null, organiser);
        assertThatThrownBy(() -> participants.score(event.eventId(), c, new java.math.BigDecimal("10"),
                new java.math.BigDecimal("101"), organiser))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("postScore"));
        assertThatThrownBy(() -> participants.score(event.eventId(), c, new java.math.BigDecimal("-1"), null,
                organiser)).isInstanceOf(InvalidInputException.class);
        // (40 + 50) / 2 = 45 before, (70 + 95) / 2 = 82.5 after, over the two tested twice
        ParticipantFigures.Scores scores = participants.figures(event.eventId(), as("mne")).scores();
        assertThat(scores.scored()).isEqualTo(2);
        assertThat(scores.averagePre()).isEqualByComparingTo("45");
        assertThat(scores.averagePost()).isEqualByComparingTo("82.5");
        assertThat(scores.improvement()).isEqualByComparingTo("37.5");
        assertThat(participants.of(event.eventId(), organiser)).filteredOn(p -> p.id() == c).singleElement()
                .satisfies(p -> assertThat(p.postScore()).isNull());
        mvc.perform(post("/events/" + event.id() + "/participants/" + c + "/scores").with(csrf())
                        .with(user(organiser)).param("preScore", "10").param("postScore", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"score-error-" + c + "\"")));
        mvc.perform(get("/events/" + event.id()).with(user(as("observer")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"score-figures\"")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/events/" + event.id() + "/participants/" + c + "/scores")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"preScore\":10,\"postScore\":250}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void participantsPersonalDataIsDeniedToCoordinatorsMneObserversCaseWorkersAndOtherOrganisations()
            throws Exception {
        Event event = training(true);
        participants.add(event.eventId(), person("Fatou Secretname", InstitutionType.BORDER, ParticipantSex.FEMALE),
                as("organiser"));
        String username = SignIn.uniqueUsername("organiser-iom");
        users.create(new NewUser(username, "Organiser IOM", null, "sankofa-demo", organisation("IOM"), null, "en",
                Set.of(RoleGrant.of(Role.EVENT_ORGANISER))));
        assertThatThrownBy(() -> participants.of(event.eventId(), as(username)))
                .isInstanceOf(AccessDeniedException.class);
        for (String reader : List.of("coordinator.mali", "coordinator.ecowas", "mne", "observer",
                "caseworker.dakar", "supervisor.dakar", "partner.dakar")) {
            mvc.perform(get("/events/" + event.id() + "/participants").with(user(as(reader))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/events/" + event.id() + "/participants")
                            .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, reader)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/events/" + event.id() + "/attendance")
                            .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, reader)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/events/" + event.id() + "/participants").with(user(as(username))))
                .andExpect(status().isForbidden());
        // the readers see counts on the event page, never a name (a coordinator: of the event's country)
        String djibouti = SignIn.uniqueUsername("coord-dj");
        SignIn.createUser(users, djibouti, org.sankofa.support.DemoUsers.PASSWORD,
                new RoleGrant(Role.NATIONAL_COORDINATOR, "DJ", null));
        for (String reader : List.of(djibouti, "mne", "observer")) {
            mvc.perform(get("/events/" + event.id()).with(user(as(reader)))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"participant-count\""),
                            not(containsString("Secretname")), not(containsString("participants-link")))));
            mvc.perform(get("/api/v1/events/" + event.id() + "/figures")
                            .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, reader)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.participants").value(1))
                    .andExpect(content().string(not(containsString("Secretname"))));
        }
        mvc.perform(get("/events/" + event.id() + "/participants").with(user(as("organiser"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Fatou Secretname")));
        mvc.perform(get("/events/" + event.id() + "/participants").with(user(as("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Fatou Secretname")));
        // the audit names the event, not the person
        assertThat(jdbc.sql("select count(*) from audit_entry where details like '%Secretname%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theParticipantsPageAddsAPersonAndRecordsADayWith422ForADayOutsideTheEvent() throws Exception {
        Event event = training(false);
        String page = "/events/" + event.id() + "/participants";
        mvc.perform(post(page).with(csrf()).with(user(as("organiser"))).param("name", "")
                        .param("institutionType", "ASTRONAUT").param("sex", "FEMALE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"name-error\""),
                        containsString("id=\"institutionType-error\""))));
        mvc.perform(post(page).with(csrf()).with(user(as("organiser"))).param("name", "Ibrahim Pagetest")
                        .param("organisation", "Gendarmerie").param("country", "DJ")
                        .param("institutionType", "BORDER").param("sex", "MALE"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from event_participant where event_id = ?").param(event.id())
                .query(Long.class).single();
        mvc.perform(post("/events/" + event.id() + "/attendance").with(csrf()).with(user(as("organiser")))
                        .param("day", "2024-05-09").param("present", String.valueOf(id)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not one of the event&#39;s days")));
        mvc.perform(post("/events/" + event.id() + "/attendance").with(csrf()).with(user(as("organiser")))
                        .param("day", "2024-05-07").param("present", String.valueOf(id)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user(as("organiser")))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ibrahim Pagetest"), containsString("2024-05-07"),
                        containsString("Border and immigration"))));
        mvc.perform(post("/api/v1/events/" + event.id() + "/attendance")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"2024-06-01\",\"present\":[" + id + "]}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/events/" + event.id() + "/participants")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Api Person\",\"institutionType\":\"NGO\",\"sex\":\"NOT_STATED\"}"))
                .andExpect(status().isCreated());
    }
}
