package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.ParticipantDraft;
import org.sankofa.events.internal.Participants;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorFeed;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.Measure;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorDraft;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanDraft;
import org.sankofa.plans.internal.Plans;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events' figures as the plans' computed indicators count them (docs/decisions/0009, "Events"): checked against
 * counts made here, as differences (other tests add events to the same tables).
 */
@SankofaTest
class EventFigureTests {

    private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);
    private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);
    private static final String PERIOD = "2024Q2";

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
    @Autowired
    Plans plans;
    @Autowired
    Indicators indicators;
    @Autowired
    List<IndicatorFeed> feeds;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private long organisation(String acronym) {
        return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    private IndicatorFeed.Count count(String key, List<String> countries) {
        IndicatorFeed feed = feeds.stream().filter(f -> f.computations().stream().anyMatch(c -> c.key().equals(key)))
                .findFirst().orElseThrow();
        return feed.count(key, countries, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));
    }

    private static long part(IndicatorFeed.Count count, Disaggregation d, String category) {
        return count.parts().stream().filter(p -> p.dimension() == d && p.category().equals(category))
                .mapToLong(IndicatorFeed.Part::n).sum();
    }

    private Event event(EventKind kind, String country) {
        return events.create(new EventDraft(kind, "Figures " + UUID.randomUUID(),
                new EventDates(MONDAY, TUESDAY, DatePrecision.DAY, true), "Bamako", country, null, List.of(), null,
                null, List.of(organisation("AUC")), List.of(), List.of(), List.of(), null), as("organiser"));
    }

    private long person(Event event, String country, InstitutionType type, ParticipantSex sex) {
        return participants.add(event.eventId(), new ParticipantDraft("Person " + UUID.randomUUID(), null, country,
                type, sex, null), as("organiser"));
    }

    private Event held(Event event) {
        return events.changeStatus(event.eventId(), event.version(), EventStatus.HELD, TUESDAY, as("organiser"));
    }

    private Indicator computed(Plan plan, String key, List<Disaggregation> by) {
        return indicators.create(PlanId.of(plan.id()), new IndicatorDraft(null, null, "EV-1", "Computed " + key,
                Measure.NUMBER, Direction.HIGHER_IS_BETTER, "persons", null, null, null, by, IndicatorSource.COMPUTED,
                key, List.of()), as("admin"));
    }

    private Plan malianPlan() {
        return plans.create(new PlanDraft("Test plan Mali " + UUID.randomUUID(), PlanScope.NATIONAL,
                PlanStatus.IN_FORCE, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31), null, null, null, null,
                null, null, null, null, null, null, List.of("ML"), List.of(), List.of(), List.of()),
                as("coordinator.mali"));
    }

    private long value(Indicator indicator, String path) throws Exception {
        String body = mvc.perform(get("/api/v1/indicators/" + indicator.id() + "/values").param("period", PERIOD)
                .with(user(as("coordinator.mali")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Number> values = JsonPath.read(body, "$[?(@.period == '" + PERIOD + "')]" + path);
        return values.stream().mapToLong(Number::longValue).sum();
    }

    @Test
    void aPersonTrainedIsAParticipantOfAHeldTrainingWhoAttendedADayCountedByTheCountryTheyServe() {
        IndicatorFeed.Count trainedBefore = count("events.people-trained", List.of("ML"));
        IndicatorFeed.Count borderBefore = count("events.people-trained.border", List.of("ML"));
        IndicatorFeed.Count senegalBefore = count("events.people-trained", List.of("SN"));

        Event training = event(EventKind.TRAINING, "ML");
        long malianBorderWoman = person(training, "ML", InstitutionType.BORDER, ParticipantSex.FEMALE);
        long borderManNoCountry = person(training, null, InstitutionType.BORDER, ParticipantSex.MALE);
        long policeWoman = person(training, "ML", InstitutionType.POLICE, ParticipantSex.FEMALE);
        long senegaleseBorderMan = person(training, "SN", InstitutionType.BORDER, ParticipantSex.MALE);
        person(training, "ML", InstitutionType.BORDER, ParticipantSex.MALE); // never attended
        participants.recordDay(training.eventId(), MONDAY, List.of(malianBorderWoman, borderManNoCountry,
                policeWoman, senegaleseBorderMan), as("organiser"));
        participants.recordDay(training.eventId(), TUESDAY, List.of(malianBorderWoman), as("organiser"));
        // a planned training counts nobody yet
        assertThat(count("events.people-trained", List.of("ML")).total()).isEqualTo(trainedBefore.total());

        held(training);
        IndicatorFeed.Count trained = count("events.people-trained", List.of("ML"));
        IndicatorFeed.Count border = count("events.people-trained.border", List.of("ML"));
        // two days attended count once; the one who never came does not count; no country: the training's
        assertThat(trained.total() - trainedBefore.total()).isEqualTo(3);
        assertThat(border.total() - borderBefore.total()).isEqualTo(2);
        assertThat(part(border, Disaggregation.SEX, "Feminine") - part(borderBefore, Disaggregation.SEX, "Feminine"))
                .isEqualTo(1);
        assertThat(part(border, Disaggregation.SEX, "Masculine")
                - part(borderBefore, Disaggregation.SEX, "Masculine")).isEqualTo(1);
        assertThat(part(trained, Disaggregation.COUNTRY, "ML") - part(trainedBefore, Disaggregation.COUNTRY, "ML"))
                .isEqualTo(3);
        // the Senegalese officer counts for Senegal, wherever he was trained
        assertThat(count("events.people-trained", List.of("SN")).total() - senegalBefore.total()).isEqualTo(1);
        // a period without the training, or no country, counts none of them
        IndicatorFeed feed = feeds.stream().filter(f -> f.computations().stream()
                .anyMatch(c -> c.key().equals("events.people-trained"))).findFirst().orElseThrow();
        assertThat(feed.count("events.people-trained", List.of(), MONDAY, TUESDAY).total()).isZero();
    }

    @Test
    void eventsHeldAndAwarenessReachCountHeldEventsByTheirDayAndVenue() {
        IndicatorFeed.Count heldBefore = count("events.events-held", List.of("ML"));
        IndicatorFeed.Count reachBefore = count("events.awareness-reach", List.of("ML"));
        held(event(EventKind.WORKSHOP, "ML"));
        Event campaign = event(EventKind.AWARENESS, "ML");
        events.recordReach(campaign.eventId(), campaign.version(), 1200, ReachBasis.ESTIMATED,
                "Radio audience survey", as("organiser"));
        campaign = events.event(campaign.eventId()).orElseThrow();
        // planned: reach recorded but the activity not held yet
        assertThat(count("events.awareness-reach", List.of("ML")).total()).isEqualTo(reachBefore.total());
        held(campaign);
        Event cancelled = event(EventKind.WORKSHOP, "ML");
        events.changeStatus(cancelled.eventId(), cancelled.version(), EventStatus.CANCELLED, MONDAY, as("organiser"));

        assertThat(count("events.events-held", List.of("ML")).total() - heldBefore.total()).isEqualTo(2);
        assertThat(count("events.awareness-reach", List.of("ML")).total() - reachBefore.total()).isEqualTo(1200);
        assertThat(part(count("events.awareness-reach", List.of("ML")), Disaggregation.COUNTRY, "ML")
                - part(reachBefore, Disaggregation.COUNTRY, "ML")).isEqualTo(1200);
    }

    @Test
    void aPlanIndicatorOfBorderOfficersTrainedMovesWhenATrainingIsHeldAndItsAttendanceRecorded() throws Exception {
        Plan plan = malianPlan();
        Indicator indicator = computed(plan, "events.people-trained.border",
                List.of(Disaggregation.SEX, Disaggregation.COUNTRY));
        long before = value(indicator, ".value");
        long womenBefore = value(indicator, ".parts[?(@.dimension == 'SEX' && @.category == 'Feminine')].value");

        Event training = event(EventKind.TRAINING, "ML");
        long amina = person(training, "ML", InstitutionType.BORDER, ParticipantSex.FEMALE);
        long oumar = person(training, "ML", InstitutionType.BORDER, ParticipantSex.MALE);
        training = held(training);
        assertThat(value(indicator, ".value")).isEqualTo(before);
        participants.recordDay(training.eventId(), MONDAY, List.of(amina, oumar), as("organiser"));
        participants.recordDay(training.eventId(), TUESDAY, List.of(amina), as("organiser"));

        assertThat(value(indicator, ".value")).isEqualTo(before + 2);
        assertThat(value(indicator, ".parts[?(@.dimension == 'SEX' && @.category == 'Feminine')].value"))
                .isEqualTo(womenBefore + 1);
        mvc.perform(get("/indicators/" + indicator.id()).param("period", PERIOD).with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Computed from event records"),
                                org.hamcrest.Matchers.containsString("Event records of: ML"),
                                org.hamcrest.Matchers.containsString("border and immigration officers trained"))));
    }

    @Autowired
    EventWork work;

    @Test
    void theOrganisersHomePageShowsTheFiguresOfTheirOrganisationsEventsOnly() throws Exception {
        EventWork.Figures before = work.figures(as("organiser"));
        EventWork.Figures otherBefore = work.figures(as("admin"));
        Event training = event(EventKind.TRAINING, "ML");
        long amina = person(training, "ML", InstitutionType.BORDER, ParticipantSex.FEMALE);
        person(training, "SN", InstitutionType.POLICE, ParticipantSex.MALE); // never attended
        participants.recordDay(training.eventId(), MONDAY, List.of(amina), as("organiser"));
        held(training);
        EventWork.Figures after = work.figures(as("organiser"));
        assertThat(after.eventsHeld()).isEqualTo(before.eventsHeld() + 1);
        assertThat(after.peopleTrained()).isEqualTo(before.peopleTrained() + 1);
        assertThat(after.trainedByInstitution().getOrDefault(InstitutionType.BORDER, 0L))
                .isEqualTo(before.trainedByInstitution().getOrDefault(InstitutionType.BORDER, 0L) + 1);
        assertThat(after.trainedByCountry().getOrDefault("ML", 0L))
                .isEqualTo(before.trainedByCountry().getOrDefault("ML", 0L) + 1);
        // an administrator counts every event; roles that organise nothing see no figures
        assertThat(work.figures(as("admin")).peopleTrained()).isEqualTo(otherBefore.peopleTrained() + 1);
        assertThat(work.figures(as("coordinator.mali")).peopleTrained()).isZero();
        mvc.perform(get("/").with(user(as("organiser")))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("id=\"home-events-figures\""),
                                org.hamcrest.Matchers.containsString("Figures of your organisation&#39;s events"))));
        mvc.perform(get("/").with(user(as("coordinator.mali")))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("home-events-figures"))));
    }

    @Test
    void aComputedIndicatorOfTheEventsOffersOnlyTheirBreakdowns() {
        Plan plan = malianPlan();
        assertThatThrownBy(() -> computed(plan, "events.people-trained", List.of(Disaggregation.AGE_GROUP)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("disaggregations", "plan.indicator.computed.breakdown"));
        assertThatThrownBy(() -> computed(plan, "events.people-trained.pilots", List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("computedKey", "plan.indicator.computedKey.unknown"));
        assertThat(computed(plan, "events.events-held", List.of(Disaggregation.COUNTRY)).computedKey())
                .isEqualTo("events.events-held");
        assertThat(Map.of()).isEmpty();
    }
}
