package org.sankofa.events.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Countries;
import org.sankofa.events.EventId;
import org.sankofa.events.EventStatus;
import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants of an event and their attendance per day. Names and contacts are read and written only by those
 * who manage the event ({@link Events#editable}: its organisers and administrators); everyone who reads the event
 * reads {@link #figures}. Audit entries name the event and how many, never a participant.
 */
@Service
public class Participants {

    static final int NAME = 200;
    static final int ORGANISATION = 200;
    static final int CONTACT = 200;
    /** Attendance is taken per day for events of at most this many days. */
    public static final int MAX_DAYS = 31;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Events events;
    private final Countries countries;
    private final org.springframework.context.MessageSource messages;

    Participants(JdbcClient jdbc, AuditLog audit, Events events, Countries countries,
            org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.countries = countries;
        this.messages = messages;
    }

    /** What an import did: participants added, and rows recognised as people already registered. */
    public record Imported(int added, int recognised) {
    }

    /**
     * Imports a sign-in sheet ({@link SignInSheet}): all or nothing. A row whose person is already registered for
     * the event (the same words of the name, whatever their case, accents or order) is recognised, not added again.
     *
     * @throws SignInSheet.Rejected with every problem of the sheet; nothing is written
     */
    @Transactional
    public Imported importSheet(EventId eventId, byte[] content, CurrentUser user) {
        Event event = events.editable(eventId, user);
        java.util.Map<String, InstitutionType> institutions = new java.util.HashMap<>();
        java.util.Map<String, ParticipantSex> sexes = new java.util.HashMap<>();
        for (java.util.Locale language : org.sankofa.shared.Languages.SUPPORTED) {
            for (InstitutionType type : InstitutionType.values()) {
                institutions.put(SignInSheet.key(type.name()), type);
                institutions.put(SignInSheet.key(messages.getMessage(type.messageKey(), null, type.name(), language)),
                        type);
            }
            for (ParticipantSex sex : ParticipantSex.values()) {
                sexes.put(SignInSheet.key(sex.name()), sex);
                sexes.put(SignInSheet.key(messages.getMessage(sex.messageKey(), null, sex.name(), language)), sex);
            }
        }
        sexes.putAll(java.util.Map.of("f", ParticipantSex.FEMALE, "m", ParticipantSex.MALE, "h", ParticipantSex.MALE,
                "", ParticipantSex.NOT_STATED));
        List<SignInSheet.Line> lines = SignInSheet.read(content, institutions, sexes, countries::exists);
        java.util.Set<String> known = new java.util.HashSet<>();
        read(eventId).forEach(p -> known.add(SignInSheet.person(p.name())));
        int added = 0;
        int recognised = 0;
        for (SignInSheet.Line line : lines) {
            if (!known.add(SignInSheet.person(line.participant().name()))) {
                recognised++;
                continue;
            }
            insert(event, line.participant(), false, user.getUsername(), false);
            added++;
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_PARTICIPANTS_IMPORTED", "event", eventId.value(),
                "number=" + added));
        return new Imported(added, recognised);
    }

    /** The participants with the days they attended, by name: for the event's organisers and administrators only. */
    @Transactional(readOnly = true)
    public List<Participant> of(EventId eventId, CurrentUser user) {
        events.editable(eventId, user);
        return read(eventId);
    }

    List<Participant> read(EventId eventId) {
        Map<Long, List<LocalDate>> days = new HashMap<>();
        jdbc.sql("""
                select a.participant_id, a.day from event_attendance a
                join event_participant p on p.id = a.participant_id where p.event_id = ? order by a.day""")
                .param(eventId.value()).query((rs, n) -> {
                    days.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
                    return null;
                }).list();
        return jdbc.sql("select * from event_participant where event_id = ? order by lower(name), id")
                .param(eventId.value())
                .query((rs, n) -> new Participant(rs.getLong("id"), rs.getString("name"),
                        rs.getString("organisation"), rs.getString("country_code") == null ? null
                                : rs.getString("country_code").strip(),
                        InstitutionType.valueOf(rs.getString("institution_type")),
                        ParticipantSex.valueOf(rs.getString("sex")), rs.getString("contact"),
                        rs.getBoolean("synthetic"), days.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getBigDecimal("pre_score"), rs.getBigDecimal("post_score")))
                .list();
    }

    /** Counts for everyone who may read the event (an observer: a held event only). */
    @Transactional(readOnly = true)
    public ParticipantFigures figures(EventId eventId, CurrentUser user) {
        events.readable(eventId, user);
        return figures(eventId);
    }

    ParticipantFigures figures(EventId eventId) {
        Map<ParticipantSex, Long> bySex = new EnumMap<>(ParticipantSex.class);
        Map<InstitutionType, Long> byInstitution = new EnumMap<>(InstitutionType.class);
        long[] total = {0};
        jdbc.sql("select sex, institution_type, count(*) from event_participant where event_id = ?"
                + " group by sex, institution_type").param(eventId.value()).query((rs, n) -> {
                    long count = rs.getLong(3);
                    bySex.merge(ParticipantSex.valueOf(rs.getString(1)), count, Long::sum);
                    byInstitution.merge(InstitutionType.valueOf(rs.getString(2)), count, Long::sum);
                    total[0] += count;
                    return null;
                }).list();
        List<ParticipantFigures.DayCount> perDay = jdbc.sql("""
                select a.day, count(*) from event_attendance a join event_participant p on p.id = a.participant_id
                where p.event_id = ? group by a.day order by a.day""").param(eventId.value())
                .query((rs, n) -> new ParticipantFigures.DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
        ParticipantFigures.Scores scores = jdbc.sql("""
                select count(*), avg(pre_score), avg(post_score) from event_participant
                where event_id = ? and pre_score is not null and post_score is not null""").param(eventId.value())
                .query((rs, n) -> {
                    BigDecimal pre = round(rs.getBigDecimal(2));
                    BigDecimal post = round(rs.getBigDecimal(3));
                    return new ParticipantFigures.Scores(rs.getLong(1), pre, post,
                            pre == null ? null : post.subtract(pre));
                }).single();
        return new ParticipantFigures(total[0], bySex, byInstitution, perDay, scores);
    }

    /** The days attendance is taken on: every day of the event, when its days are known (none otherwise). */
    public static List<LocalDate> days(Event event) {
        EventDates dates = event.dates();
        if (!dates.known() || !dates.yearGiven() || dates.precision() != DatePrecision.DAY) {
            return List.of();
        }
        return dates.startOn().datesUntil(dates.endOn().plusDays(1)).limit(MAX_DAYS).toList();
    }

    @Transactional
    public long add(EventId eventId, ParticipantDraft draft, CurrentUser user) {
        Event event = events.editable(eventId, user);
        check(draft);
        return insert(event, draft, false, user.getUsername(), true);
    }

    /** Adds a participant without the access check (the demo's synthetic participants). */
    long insert(Event event, ParticipantDraft d, boolean synthetic, String actor, boolean audited) {
        long id = jdbc.sql("""
                insert into event_participant (event_id, name, organisation, country_code, institution_type, sex,
                    contact, synthetic, created_by)
                values (:event, :name, :organisation, :country, :institution, :sex, :contact, :synthetic, :actor)
                returning id""")
                .param("event", event.id()).param("name", d.name().strip())
                .param("organisation", Texts.blankToNull(d.organisation())).param("country", d.countryCode())
                .param("institution", d.institutionType().name()).param("sex", d.sex().name())
                .param("contact", Texts.blankToNull(d.contact())).param("synthetic", synthetic)
                .param("actor", actor).query(Long.class).single();
        if (audited) {
            audit.record(AuditEvent.of(actor, "EVENT_PARTICIPANT_ADDED", "event", event.id(), null));
        }
        return id;
    }

    @Transactional
    public void remove(EventId eventId, long participantId, CurrentUser user) {
        events.editable(eventId, user);
        int deleted = jdbc.sql("delete from event_participant where id = ? and event_id = ?")
                .params(participantId, eventId.value()).update();
        if (deleted == 0) {
            throw new NotFoundException("participant");
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_PARTICIPANT_REMOVED", "event", eventId.value(),
                null));
    }

    /**
     * Records who attended on a day: those named are present, the event's other participants absent. The day is one
     * of the event's days; a cancelled event takes no attendance (409); participants of other events are refused.
     */
    @Transactional
    public void recordDay(EventId eventId, LocalDate day, Collection<Long> present, CurrentUser user) {
        Event event = events.editable(eventId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        List<LocalDate> days = days(event);
        if (day == null) {
            errors.put("day", "validation.required");
        } else if (days.isEmpty()) {
            errors.put("day", "event.attendance.noDays");
        } else if (!days.contains(day)) {
            errors.put("day", "event.attendance.dayOutside");
        }
        Set<Long> ids = present == null ? Set.of() : Set.copyOf(present);
        if (!ids.isEmpty()) {
            long known = jdbc.sql("select count(*) from event_participant where event_id = :event and id = any(:ids)")
                    .param("event", eventId.value()).param("ids", ids.toArray(Long[]::new)).query(Long.class)
                    .single();
            if (known != ids.size()) {
                errors.put("present", "event.attendance.unknown");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw new ConflictException("event.attendance.cancelled");
        }
        jdbc.sql("""
                delete from event_attendance a using event_participant p
                where p.id = a.participant_id and p.event_id = ? and a.day = ?""").params(eventId.value(), day)
                .update();
        for (Long id : ids) {
            jdbc.sql("insert into event_attendance (participant_id, day) values (?, ?)").params(id, day).update();
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_ATTENDANCE_RECORDED", "event", eventId.value(),
                "on=" + day + ";number=" + ids.size()));
    }

    /**
     * Records a participant's pre- and post-test scores (percent, 0 to 100, at most two decimals; either may be left
     * empty). A score outside its range is refused (422) and nothing is written.
     */
    @Transactional
    public void score(EventId eventId, long participantId, BigDecimal pre, BigDecimal post, CurrentUser user) {
        events.editable(eventId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        checkScore(errors, "preScore", pre);
        checkScore(errors, "postScore", post);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int updated = jdbc.sql("update event_participant set pre_score = ?, post_score = ? where id = ? and event_id = ?")
                .params(pre, post, participantId, eventId.value()).update();
        if (updated == 0) {
            throw new NotFoundException("participant");
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_SCORES_RECORDED", "event", eventId.value(), null));
    }

    static void checkScore(Map<String, String> errors, String field, BigDecimal score) {
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0
                || score.stripTrailingZeros().scale() > 2)) {
            errors.put(field, "event.score.range");
        }
    }

    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    /** Checks every field and throws one 422 naming all the wrong ones. */
    public void check(ParticipantDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "name", d.name(), true, NAME);
        Texts.check(errors, "organisation", d.organisation(), false, ORGANISATION);
        Texts.check(errors, "contact", d.contact(), false, CONTACT);
        if (d.countryCode() != null && !countries.exists(d.countryCode())) {
            errors.put("country", "event.country.unknown");
        }
        if (d.institutionType() == null) {
            errors.put("institutionType", "validation.required");
        }
        if (d.sex() == null) {
            errors.put("sex", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
