package org.sankofa.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.ParticipantDraft;
import org.sankofa.events.internal.Participants;
import org.sankofa.events.internal.TestTopics;
import org.sankofa.events.internal.TestTopics.TopicFigures;
import org.sankofa.events.internal.TestTopics.TopicScore;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scores per question topic: the improvement per topic counted over those tested before and after on it, shown to
 * every reader without a name; a score outside 0–100 or a topic that is not the event's refused whole (422).
 */
@SankofaTest
class TestTopicTests {

    private static final LocalDate MONDAY = LocalDate.of(2024, 5, 6);

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
    TestTopics topics;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Event training() {
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        Event event = events.create(new EventDraft(EventKind.TRAINING, "Tested training " + UUID.randomUUID(),
                new EventDates(MONDAY, MONDAY.plusDays(1), DatePrecision.DAY, true), "Djibouti", "DJ", null,
                List.of(), null, null, List.of(auc), List.of(), List.of(), List.of(), null), as("organiser"));
        return events.changeStatus(event.eventId(), event.version(), EventStatus.HELD, MONDAY.plusDays(1),
                as("organiser"));
    }

    private long person(Event event, String name) {
        return participants.add(event.eventId(), new ParticipantDraft(name, null, "DJ", InstitutionType.BORDER,
                ParticipantSex.FEMALE, null), as("organiser"));
    }

    private static BigDecimal score(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** The average of the scores of those with both, as the test counts it: one decimal. */
    private static BigDecimal average(Integer[][] scores, int which) {
        List<Integer[]> both = Arrays.stream(scores).filter(s -> s[0] != null && s[1] != null).toList();
        return BigDecimal.valueOf(both.stream().mapToInt(s -> s[which]).sum())
                .divide(BigDecimal.valueOf(both.size()), 1, RoundingMode.HALF_UP);
    }

    @Test
    void theImprovementPerTopicIsCountedOverThoseTestedBeforeAndAfterOnItAndEveryReaderSeesIt() throws Exception {
        Event event = training();
        CurrentUser organiser = as("organiser");
        long legal = topics.add(event.eventId(), "Legal framework", organiser);
        long identifying = topics.add(event.eventId(), "Identifying victims", organiser);
        long[] people = {person(event, "Topic Personone"), person(event, "Topic Persontwo"),
                person(event, "Topic Personthree")};
        // per person: {before, after}; a missing score leaves the person out of that topic's improvement
        Integer[][] onLegal = {{40, 70}, {60, 90}, {null, 80}};
        Integer[][] onIdentifying = {{50, 60}, {30, null}, {21, 80}};
        for (int i = 0; i < people.length; i++) {
            topics.score(event.eventId(), people[i], null, null, List.of(
                    new TopicScore(legal, score(onLegal[i][0]), score(onLegal[i][1])),
                    new TopicScore(identifying, score(onIdentifying[i][0]), score(onIdentifying[i][1]))), organiser);
        }

        List<TopicFigures> figures = topics.figures(event.eventId(), as("observer"));
        assertThat(figures).extracting(TopicFigures::name).containsExactly("Identifying victims", "Legal framework");
        TopicFigures identified = figures.get(0);
        TopicFigures law = figures.get(1);
        assertThat(law.scored()).isEqualTo(Arrays.stream(onLegal).filter(s -> s[0] != null && s[1] != null).count());
        assertThat(law.averagePre()).isEqualByComparingTo(average(onLegal, 0));
        assertThat(law.averagePost()).isEqualByComparingTo(average(onLegal, 1));
        assertThat(law.improvement()).isEqualByComparingTo(average(onLegal, 1).subtract(average(onLegal, 0)));
        assertThat(identified.scored()).isEqualTo(2);
        assertThat(identified.averagePre()).isEqualByComparingTo(average(onIdentifying, 0)); // (50 + 21) / 2 = 35.5
        assertThat(identified.improvement()).isEqualByComparingTo(average(onIdentifying, 1)
                .subtract(average(onIdentifying, 0)));

        mvc.perform(get("/api/v1/events/" + event.id() + "/topics")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "mne")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].name").value("Legal framework"))
                .andExpect(jsonPath("$[1].scored").value(2))
                .andExpect(jsonPath("$[1].improvement").value(30.0))
                .andExpect(content().string(not(containsString("Personone"))));
        mvc.perform(get("/events/" + event.id()).with(user(as("observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"topic-figures\""),
                        containsString("Identifying victims"), containsString("35.5"),
                        not(containsString("Personone")), not(containsString("tests-link")))));

        // removing a topic removes its scores
        topics.remove(event.eventId(), identifying, organiser);
        assertThat(jdbc.sql("select count(*) from event_topic_score where topic_id = ?").param(identifying)
                .query(Long.class).single()).isZero();
        assertThat(topics.figures(event.eventId(), organiser)).extracting(TopicFigures::name)
                .containsExactly("Legal framework");
    }

    @Test
    void aScoreOutsideItsRangeOrATopicOfAnotherEventIsRefusedWholeAndNothingIsWritten() throws Exception {
        Event event = training();
        Event other = training();
        CurrentUser organiser = as("organiser");
        long mine = topics.add(event.eventId(), "Referral", organiser);
        long theirs = topics.add(other.eventId(), "Referral", organiser);
        long person = person(event, "Refused Person");
        assertThatThrownBy(() -> topics.add(event.eventId(), "  REFERRAL ", organiser))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("topic", "event.topic.duplicate"));
        assertThatThrownBy(() -> topics.add(event.eventId(), " ", organiser))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> topics.score(event.eventId(), person, score(50), score(60),
                List.of(new TopicScore(mine, score(40), score(101))), organiser))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("topic-" + mine));
        assertThatThrownBy(() -> topics.score(event.eventId(), person, score(50), score(60),
                List.of(new TopicScore(theirs, score(40), score(60))), organiser))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("topics", "event.topic.unknown"));
        assertThat(participants.of(event.eventId(), organiser)).singleElement()
                .satisfies(p -> assertThat(p.preScore()).isNull());
        assertThat(jdbc.sql("select count(*) from event_topic_score where participant_id = ?").param(person)
                .query(Long.class).single()).isZero();

        String scores = "/api/v1/events/" + event.id() + "/participants/" + person + "/scores";
        for (String body : List.of("{\"topics\":[{\"topic\":" + theirs + ",\"preScore\":10}]}",
                "{\"topics\":[{\"topic\":" + mine + ",\"postScore\":150}]}",
                "{\"topics\":[{\"topic\":999999999,\"postScore\":50}]}",
                "{\"topics\":[{\"preScore\":10}]}")) {
            mvc.perform(put(scores).header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser"))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnprocessableContent());
        }
        assertThat(jdbc.sql("select count(*) from event_topic_score where participant_id = ?").param(person)
                .query(Long.class).single()).isZero();
        mvc.perform(put(scores).header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"preScore\":30,\"postScore\":70,\"topics\":[{\"topic\":" + mine
                        + ",\"preScore\":25.5,\"postScore\":75}]}")).andExpect(status().isNoContent());
        assertThat(topics.scores(event.eventId(), organiser).get(person).get(mine).postScore())
                .isEqualByComparingTo("75");
        mvc.perform(post("/api/v1/events/" + event.id() + "/topics")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"referral\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theTestsPageRecordsScoresPerTopicForTheOrganisersOnly() throws Exception {
        Event event = training();
        CurrentUser organiser = as("organiser");
        long topic = topics.add(event.eventId(), "Victim protection", organiser);
        long person = person(event, "Paged Person");
        String path = "/events/" + event.id() + "/tests/" + person;
        mvc.perform(post(path).with(csrf()).with(user(organiser)).param("preScore", "40").param("postScore", "")
                        .param("topic", String.valueOf(topic)).param("topicPre", "30").param("topicPost", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"score-error-" + person + "\"")));
        assertThat(topics.scores(event.eventId(), organiser)).isEmpty();
        mvc.perform(post(path).with(csrf()).with(user(organiser)).param("preScore", "40").param("postScore", "80")
                        .param("topic", String.valueOf(topic)).param("topicPre", "30").param("topicPost", "90"))
                .andExpect(status().is3xxRedirection());
        assertThat(Objects.requireNonNull(topics.scores(event.eventId(), organiser).get(person)).get(topic))
                .isEqualTo(new TopicScore(topic, new BigDecimal("30.00"), new BigDecimal("90.00")));
        mvc.perform(get("/events/" + event.id() + "/tests").with(user(organiser))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Paged Person"), containsString("Victim protection"),
                        containsString("id=\"topic-figures\""))));
        mvc.perform(post("/events/" + event.id() + "/topics").with(csrf()).with(user(organiser)).param("topic", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"topic-error\"")));
        for (String reader : List.of("mne", "observer", "coordinator.mali")) {
            mvc.perform(get("/events/" + event.id() + "/tests").with(user(as(reader))))
                    .andExpect(status().isForbidden());
        }
    }
}
