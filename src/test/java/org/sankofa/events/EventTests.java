package org.sankofa.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.Role;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

/** Events: their rules (dates, status, organisers, follow-ups), who may read and change them, pages and API. */
@SankofaTest
class EventTests {

    private final JsonMapper json = JsonMapper.builder().build();

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

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long organisation(String acronym) {
        return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    /** An organiser of another organisation than the demo organiser's (AUC). */
    private CurrentUser organiserOf(String acronym) {
        String username = SignIn.uniqueUsername("organiser-" + acronym.toLowerCase());
        users.create(new NewUser(username, "Organiser " + acronym, null, "sankofa-demo", organisation(acronym), null,
                "en", Set.of(RoleGrant.of(Role.EVENT_ORGANISER))));
        return as(username);
    }

    /** A user of the AU Commission who reads Sankofa in that language. */
    private CurrentUser speaking(String language, Role role) {
        String username = SignIn.uniqueUsername("events-" + language);
        users.create(new NewUser(username, "Test " + language, null, "sankofa-demo", organisation("AUC"), null,
                language, Set.of(RoleGrant.of(role))));
        return as(username);
    }

    private EventDraft draft(String title, LocalDate start, LocalDate end, List<Long> organisers) {
        return new EventDraft(EventKind.TRAINING, title, new EventDates(start, end, DatePrecision.DAY, true),
                "Djibouti", "DJ", "Border patrol officers", List.of("fr", "en"), "Day 1: identification", null,
                organisers, List.of(), List.of(), List.of(new Event.Output("Report", "https://example.org/r.pdf")),
                null);
    }

    private Event planned(String title) {
        return events.create(draft(title, LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 8),
                List.of(organisation("AUC"))), as("organiser"));
    }

    private long count(String title) {
        return jdbc.sql("select count(*) from event where title = ?").param(title).query(Long.class).single();
    }

    // ---- rules

    @Test
    void anOrganiserCreatesTheirOrganisationsEventAndAnotherOrganisationsOrganiserMayNotChangeIt() {
        Event created = planned(unique("Training"));
        assertThat(created.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(created.organisers()).extracting(Event.Named::name).containsExactly("AUC");
        assertThat(created.outputs()).containsExactly(new Event.Output("Report", "https://example.org/r.pdf"));
        CurrentUser iom = organiserOf("IOM");
        assertThatThrownBy(() -> events.editable(created.eventId(), iom)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.update(created.eventId(), created.version(),
                draft(created.title(), LocalDate.of(2024, 5, 6), null, List.of(organisation("IOM"))), iom))
                .isInstanceOf(AccessDeniedException.class);
        // an organiser must name their own organisation among the organisers
        String title = unique("Not ours");
        assertThatThrownBy(() -> events.create(draft(title, LocalDate.of(2024, 5, 6), null,
                List.of(organisation("IOM"))), as("organiser")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("organisers", "event.organisers.own"));
        assertThat(count(title)).isZero();
        // the administrator changes any event
        events.update(created.eventId(), created.version(), draft(created.title(), LocalDate.of(2024, 5, 6), null,
                List.of(organisation("AUC"), organisation("IOM"))), as("admin"));
        assertThat(events.editable(created.eventId(), iom).organisers()).hasSize(2);
    }

    @Test
    void anEventEndingBeforeItStartsIsRefusedAndNothingIsWritten() {
        String title = unique("Backwards");
        assertThatThrownBy(() -> events.create(draft(title, LocalDate.of(2024, 5, 8), LocalDate.of(2024, 5, 6),
                List.of(organisation("AUC"))), as("organiser")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("endOn", "event.dates.order"));
        assertThat(count(title)).isZero();
    }

    @Test
    void aSeedWithoutAYearIsRecordedAsYearNotGivenAndLeftOutOfDateFilters() throws Exception {
        String title = unique("Workshop without a year");
        Event created = events.create(new EventDraft(EventKind.WORKSHOP, title,
                new EventDates(LocalDate.of(2031, 3, 24), LocalDate.of(2031, 3, 26), DatePrecision.DAY, false),
                "Abuja", "NG", null, List.of(), null, null, List.of(organisation("AUC")), List.of(), List.of(),
                List.of(), null), as("organiser"));
        assertThat(created.dates().yearGiven()).isFalse();
        assertThat(created.dates().startOn().getYear()).isEqualTo(EventDates.PLACEHOLDER_YEAR);
        mvc.perform(get("/events/" + created.id()).with(user(as("coordinator.ecowas")))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("24 March – 26 March, year not given"),
                        not(containsString("2000")), not(containsString("2031")))));
        mvc.perform(get("/events/" + created.id()).with(user(speaking("fr", Role.ME_OFFICER))))
                .andExpect(content().string(containsString("année non indiquée")));
        mvc.perform(get("/events").param("from", "1999-01-01").param("to", "2001-12-31")
                        .with(user(as("coordinator.mali"))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(title))));
        // a year is needed when only the year is known
        assertThatThrownBy(() -> events.create(new EventDraft(EventKind.WORKSHOP, unique("x"),
                new EventDates(LocalDate.of(2024, 1, 1), null, DatePrecision.YEAR, false), null, null, null,
                List.of(), null, null, List.of(organisation("AUC")), List.of(), List.of(), List.of(), null),
                as("organiser"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void statusMovesFromPlannedToHeldToReportedEachDatedAndAuditedAndNoOtherWay() {
        Event event = planned(unique("Status"));
        CurrentUser organiser = as("organiser");
        assertThatThrownBy(() -> events.changeStatus(event.eventId(), event.version(), EventStatus.REPORTED,
                LocalDate.of(2024, 5, 9), organiser)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> events.changeStatus(event.eventId(), event.version(), EventStatus.HELD,
                LocalDate.of(2024, 5, 1), organiser))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("on", "event.status.beforeStart"));
        assertThatThrownBy(() -> events.changeStatus(event.eventId(), event.version(), EventStatus.HELD,
                LocalDate.now().plusDays(10), organiser)).isInstanceOf(InvalidInputException.class);
        Event held = events.changeStatus(event.eventId(), event.version(), EventStatus.HELD,
                LocalDate.of(2024, 5, 8), organiser);
        assertThat(held.status()).isEqualTo(EventStatus.HELD);
        assertThat(held.heldOn()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThatThrownBy(() -> events.changeStatus(event.eventId(), held.version(), EventStatus.CANCELLED,
                LocalDate.of(2024, 5, 9), organiser)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> events.changeStatus(event.eventId(), held.version(), EventStatus.REPORTED,
                LocalDate.of(2024, 5, 7), organiser)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> events.changeStatus(event.eventId(), event.version(), EventStatus.REPORTED,
                LocalDate.of(2024, 6, 1), organiser)).isInstanceOf(ConflictException.class);
        Event reported = events.changeStatus(event.eventId(), held.version(), EventStatus.REPORTED,
                LocalDate.of(2024, 6, 1), organiser);
        assertThat(reported.reportedOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(jdbc.sql("select action || coalesce(' ' || details, '') from audit_entry where target_type = 'event'"
                + " and target_id = ? order by id").param(String.valueOf(event.id())).query(String.class).list())
                .containsExactly("EVENT_CREATED", "EVENT_HELD on=2024-05-08", "EVENT_REPORTED on=2024-06-01");
    }

    @Test
    void aFollowUpPointsToTheEventItRepeatsAndNeverInACircle() throws Exception {
        Event conference = planned(unique("Conference"));
        EventDraft followUp = new EventDraft(EventKind.MEETING, unique("One-day presentation"),
                new EventDates(LocalDate.of(2024, 6, 1), null, DatePrecision.DAY, true), "Addis Ababa", "ET", null,
                List.of(), null, conference.id(), List.of(organisation("AUC")), List.of(), List.of(), List.of(),
                null);
        Event presentation = events.create(followUp, as("organiser"));
        assertThat(presentation.followsTitle()).isEqualTo(conference.title());
        assertThat(events.event(conference.eventId()).orElseThrow().followUps())
                .extracting(Event.Named::id).containsExactly(presentation.id());
        EventDraft circle = new EventDraft(conference.kind(), conference.title(), conference.dates(), null, null,
                null, List.of(), null, presentation.id(), List.of(organisation("AUC")), List.of(), List.of(),
                List.of(), null);
        assertThatThrownBy(() -> events.update(conference.eventId(), conference.version(), circle, as("organiser")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("follows", "event.follows.cycle"));
    }

    @Test
    void anEventServesPlanActivitiesNamedWithTheirPlanAndAnUnknownActivityIsRefused() throws Exception {
        long activity = jdbc.sql("""
                select a.id from plan_activity a join plan_objective o on o.id = a.objective_id
                join strategic_area s on s.id = o.area_id join action_plan p on p.id = s.plan_id
                where p.title like '%2023–2027 (Mali)' order by a.id limit 1""").query(Long.class).single();
        EventDraft serving = new EventDraft(EventKind.WORKSHOP, unique("Serving"),
                new EventDates(LocalDate.of(2024, 3, 1), null, DatePrecision.DAY, true), "Bamako", "ML", null,
                List.of(), null, null, List.of(organisation("AUC")), List.of(), List.of(activity), List.of(), null);
        Event event = events.create(serving, as("organiser"));
        assertThat(event.activities()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(activity);
            assertThat(a.planTitle()).contains("2023–2027 (Mali)");
        });
        mvc.perform(get("/events/" + event.id()).with(user(as("mne"))))
                .andExpect(content().string(containsString("id=\"activities\"")));
        EventDraft unknown = new EventDraft(EventKind.WORKSHOP, unique("Serving nothing"),
                new EventDates(LocalDate.of(2024, 3, 1), null, DatePrecision.DAY, true), null, null, null, List.of(),
                null, null, List.of(organisation("AUC")), List.of(), List.of(Long.MAX_VALUE), List.of(), null);
        assertThatThrownBy(() -> events.create(unknown, as("organiser")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("activities", "event.activity.unknown"));
    }

    // ---- who reads what

    @Test
    void observersReadHeldEventsOnlyAndCaseStaffNoEventAtAll() throws Exception {
        Event planned = planned(unique("Planned for observers"));
        Event held = planned(unique("Held for observers"));
        events.changeStatus(held.eventId(), held.version(), EventStatus.HELD, LocalDate.of(2024, 5, 8),
                as("organiser"));
        mvc.perform(get("/events").param("kind", "TRAINING").param("country", "DJ").param("size", "200")
                        .with(user(as("observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(planned.title()))));
        mvc.perform(get("/events/" + planned.id()).with(user(as("observer")))).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + held.id()).with(user(as("observer")))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(held.title()), not(containsString("id=\"edit-event\"")),
                        not(containsString("id=\"status-form\"")))));
        mvc.perform(get("/events/" + planned.id()).with(user(as("mne")))).andExpect(status().isOk());
        for (String staff : List.of("caseworker.dakar", "supervisor.dakar", "partner.dakar")) {
            mvc.perform(get("/events").with(user(as(staff)))).andExpect(status().isForbidden());
            mvc.perform(get("/events/" + held.id()).with(user(as(staff)))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/events/" + planned.id()).with(user(as("organiser")))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"edit-event\""),
                        containsString("id=\"status-form\""))));
    }

    @Test
    void theListFiltersByKindCountryOrganiserAndDates() throws Exception {
        Event event = planned(unique("Filtered"));
        CurrentUser reader = as("mne");
        mvc.perform(get("/events").param("kind", "TRAINING").param("country", "DJ")
                        .param("organiser", String.valueOf(organisation("AUC"))).param("from", "2024-05-07")
                        .param("to", "2024-05-07").with(user(reader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(event.title())));
        for (String[] miss : List.of(new String[] {"kind", "WORKSHOP"}, new String[] {"country", "SN"},
                new String[] {"organiser", String.valueOf(organisation("IOM"))}, new String[] {"from", "2024-05-09"},
                new String[] {"to", "2024-05-05"})) {
            Map<String, String> params = new HashMap<>(Map.of("country", "DJ", "kind", "TRAINING"));
            params.put(miss[0], miss[1]);
            var request = get("/events");
            params.forEach(request::param);
            mvc.perform(request.with(user(reader)))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString(event.title()))));
        }
        mvc.perform(get("/events").param("kind", "PARTY").with(user(reader))).andExpect(status().isBadRequest());
        mvc.perform(get("/events").param("from", "yesterday").with(user(reader))).andExpect(status().isBadRequest());
    }

    // ---- pages

    @Test
    void theFormExplainsEveryWrongFieldIn422InTheReadersLanguageAndWritesNothing() throws Exception {
        String title = unique("Bad form");
        for (String[] language : List.of(new String[] {"en", "The last day cannot come before the first day."},
                new String[] {"fr", "Le dernier jour ne peut pas précéder le premier."},
                new String[] {"pt", "O último dia não pode ser anterior ao primeiro."})) {
            mvc.perform(post("/events").with(csrf()).with(user(speaking(language[0], Role.EVENT_ORGANISER)))
                            .param("kind", "TRAINING").param("title", title).param("startOn", "2024-05-08")
                            .param("endOn", "2024-05-06").param("precision", "DAY")
                            .param("organisers", String.valueOf(organisation("AUC")))
                            .param("outputs", "javascript:alert(1)").param("country", "ZZ"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(allOf(containsString(language[1]), containsString("id=\"outputs-error\""),
                            containsString("id=\"country-error\""))));
        }
        mvc.perform(post("/events").with(csrf()).with(user(as("organiser"))).param("kind", "TRAINING")
                        .param("title", title).param("startOn", "08/05/2024"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("YYYY-MM-DD")));
        assertThat(count(title)).isZero();
    }

    @Test
    void anOrganiserCreatesAnEventThroughTheFormAndRecordsThatItWasHeld() throws Exception {
        String title = unique("Form training");
        String location = mvc.perform(post("/events").with(csrf()).with(user(as("organiser")))
                        .param("kind", "TRAINING").param("title", title).param("startOn", "2024-05-06")
                        .param("endOn", "2024-05-08").param("precision", "DAY").param("city", "Djibouti")
                        .param("country", "DJ").param("languages", "fr")
                        .param("organisers", String.valueOf(organisation("AUC")))
                        .param("outputs", "Recommendations | https://example.org/rec.pdf"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int version = events.event(EventId.of(id)).orElseThrow().version();
        mvc.perform(get(location).with(user(as("organiser")))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("Training"),
                        containsString("Djibouti"), containsString("French"), containsString("Recommendations"))));
        mvc.perform(post("/events/" + id + "/status").with(csrf()).with(user(as("organiser")))
                        .param("status", "HELD").param("on", "2024-05-01").param("version", String.valueOf(version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not held or reported before its first day")));
        mvc.perform(post("/events/" + id + "/status").with(csrf()).with(user(as("organiser")))
                        .param("status", "HELD").param("on", "2024-05-08").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(events.event(EventId.of(id)).orElseThrow().status()).isEqualTo(EventStatus.HELD);
        mvc.perform(get("/events/" + id + "/edit").with(user(organiserOf("UNODC")))).andExpect(status().isForbidden());
    }

    // ---- API

    private MockHttpServletRequestBuilder api(String username, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, username))
                .contentType(MediaType.APPLICATION_JSON);
    }

    private Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CONFERENCE");
        body.put("title", title);
        body.put("startOn", "2024-02-07");
        body.put("endOn", "2024-02-10");
        body.put("city", "Djibouti");
        body.put("country", "DJ");
        body.put("organisers", List.of(organisation("AUC")));
        return body;
    }

    @Test
    void theApiCreatesReadsChangesAndMovesAnEventWithProblemDetailsForBadInput() throws Exception {
        String title = unique("API conference");
        String created = mvc.perform(api("organiser", post("/api/v1/events")).content(json.writeValueAsString(body(title))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(api("mne", get("/api/v1/events/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title)).andExpect(jsonPath("$.dates.startOn").value("2024-02-07"));
        mvc.perform(api("observer", get("/api/v1/events/" + id))).andExpect(status().isNotFound());
        mvc.perform(api("observer", post("/api/v1/events")).content(json.writeValueAsString(body(unique("x")))))
                .andExpect(status().isForbidden());
        Map<String, Object> backwards = body(unique("API backwards"));
        backwards.put("endOn", "2024-02-01");
        mvc.perform(api("organiser", post("/api/v1/events")).content(json.writeValueAsString(backwards)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("endOn")));
        assertThat(count((String) backwards.get("title"))).isZero();
        Map<String, Object> changed = body(title + " (changed)");
        changed.put("version", 0);
        mvc.perform(api("organiser", put("/api/v1/events/" + id)).content(json.writeValueAsString(changed)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(api("organiser", put("/api/v1/events/" + id)).content(json.writeValueAsString(changed)))
                .andExpect(status().isConflict());
        mvc.perform(api("organiser", post("/api/v1/events/" + id + "/status"))
                        .content("{\"status\":\"CANCELLED\",\"on\":\"2024-01-15\",\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cancelledOn").value("2024-01-15"));
        mvc.perform(api("organiser", post("/api/v1/events/" + id + "/status"))
                        .content("{\"status\":\"HELD\",\"on\":\"2024-02-10\",\"version\":2}"))
                .andExpect(status().isConflict());
        mvc.perform(api("mne", get("/api/v1/events")).param("kind", "CONFERENCE").param("size", "200"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(api("organiser", get("/v3/api-docs"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/api/v1/events/{id}/status"),
                        containsString("\"Events\""))));
    }
}
