package org.sankofa.events.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.events.EventId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question topics of an event's pre- and post-tests and each participant's scores per topic (percent, 0 to 100),
 * kept by the event's organisers and administrators; the improvement per topic — averages over the participants
 * tested before and after on it — is a figure every reader of the event sees, never with a name.
 */
@Service
public class TestTopics {

    static final int NAME = 120;
    /** The most topics a test may have. */
    public static final int MAX_TOPICS = 20;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Events events;
    private final Participants participants;

    TestTopics(JdbcClient jdbc, AuditLog audit, Events events, Participants participants) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.participants = participants;
    }

    /** A topic of the test. */
    public record Topic(long id, String name) {
    }

    /** A participant's scores on one topic, before and after (either may be null). */
    public record TopicScore(long topic, BigDecimal preScore, BigDecimal postScore) {
    }

    /**
     * The figures of a topic: how many were tested on it before and after, their average scores (percent) and the
     * improvement (post minus pre, in points); the averages are null when nobody has both.
     */
    public record TopicFigures(long id, String name, long scored, BigDecimal averagePre, BigDecimal averagePost,
            BigDecimal improvement) {
    }

    /** The topics of the event, by name. */
    @Transactional(readOnly = true)
    public List<Topic> of(EventId eventId) {
        return jdbc.sql("select id, name from event_test_topic where event_id = ? order by lower(name), id")
                .param(eventId.value()).query((rs, n) -> new Topic(rs.getLong(1), rs.getString(2))).list();
    }

    /** Adds a topic: a name of at most 120 characters, not already one of the event's (whatever its case). */
    @Transactional
    public long add(EventId eventId, String name, CurrentUser user) {
        events.editable(eventId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "topic", name, true, NAME);
        if (errors.isEmpty()) {
            List<Topic> topics = of(eventId);
            if (topics.stream().anyMatch(t -> t.name().equalsIgnoreCase(name.strip()))) {
                errors.put("topic", "event.topic.duplicate");
            } else if (topics.size() >= MAX_TOPICS) {
                errors.put("topic", "event.topic.tooMany");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("insert into event_test_topic (event_id, name) values (?, ?) returning id")
                .params(eventId.value(), name.strip()).query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_TOPIC_ADDED", "event", eventId.value(), null));
        return id;
    }

    /** Removes a topic and its scores (404 for a topic of another event). */
    @Transactional
    public void remove(EventId eventId, long topicId, CurrentUser user) {
        events.editable(eventId, user);
        if (jdbc.sql("delete from event_test_topic where id = ? and event_id = ?").params(topicId, eventId.value())
                .update() == 0) {
            throw new NotFoundException("topic");
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_TOPIC_REMOVED", "event", eventId.value(), null));
    }

    /** Each participant's scores per topic, by participant then topic (for the event's organisers). */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, TopicScore>> scores(EventId eventId, CurrentUser user) {
        events.editable(eventId, user);
        Map<Long, Map<Long, TopicScore>> scores = new HashMap<>();
        jdbc.sql("""
                select s.participant_id, s.topic_id, s.pre_score, s.post_score from event_topic_score s
                join event_test_topic t on t.id = s.topic_id where t.event_id = ?""").param(eventId.value())
                .query((rs, n) -> scores.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                        new TopicScore(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))).list();
        return scores;
    }

    /**
     * Records a participant's overall scores and their scores on the topics given (the others stay as they are), in
     * one go: a score outside 0–100 or with more than two decimals, or a topic that is not one of the event's, is
     * refused (422) and nothing is written.
     */
    @Transactional
    public void score(EventId eventId, long participantId, BigDecimal pre, BigDecimal post, List<TopicScore> topics,
            CurrentUser user) {
        events.editable(eventId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Participants.checkScore(errors, "preScore", pre);
        Participants.checkScore(errors, "postScore", post);
        Set<Long> known = new HashSet<>(of(eventId).stream().map(Topic::id).toList());
        Set<Long> seen = new HashSet<>();
        for (TopicScore score : topics) {
            if (!known.contains(score.topic()) || !seen.add(score.topic())) {
                errors.putIfAbsent("topics", "event.topic.unknown");
            }
            Participants.checkScore(errors, "topic-" + score.topic(), score.preScore());
            Participants.checkScore(errors, "topic-" + score.topic(), score.postScore());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        participants.score(eventId, participantId, pre, post, user);
        for (TopicScore score : topics) {
            if (score.preScore() == null && score.postScore() == null) {
                jdbc.sql("delete from event_topic_score where participant_id = ? and topic_id = ?")
                        .params(participantId, score.topic()).update();
            } else {
                jdbc.sql("""
                        insert into event_topic_score (participant_id, topic_id, pre_score, post_score)
                        values (?, ?, ?, ?) on conflict (participant_id, topic_id)
                        do update set pre_score = excluded.pre_score, post_score = excluded.post_score""")
                        .params(participantId, score.topic(), score.preScore(), score.postScore()).update();
            }
        }
    }

    /** The improvement per topic, for everyone who reads the event (an observer: a held event only). */
    @Transactional(readOnly = true)
    public List<TopicFigures> figures(EventId eventId, CurrentUser user) {
        events.readable(eventId, user);
        return figures(eventId);
    }

    List<TopicFigures> figures(EventId eventId) {
        return jdbc.sql("""
                select t.id, t.name, count(s.topic_id), avg(s.pre_score), avg(s.post_score)
                from event_test_topic t
                left join event_topic_score s on s.topic_id = t.id and s.pre_score is not null
                     and s.post_score is not null
                where t.event_id = ? group by t.id, t.name order by lower(t.name), t.id""").param(eventId.value())
                .query((rs, n) -> {
                    BigDecimal averagePre = Participants.round(rs.getBigDecimal(4));
                    BigDecimal averagePost = Participants.round(rs.getBigDecimal(5));
                    return new TopicFigures(rs.getLong(1), rs.getString(2), rs.getLong(3), averagePre, averagePost,
                            averagePre == null ? null : averagePost.subtract(averagePre));
                }).list();
    }
}
