package org.sankofa.events.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.events.EventId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.programmes.ProgrammeFeed;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.ProgrammeNames;
import org.sankofa.programmes.TargetMeasure;
import org.sankofa.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funded programmes an event serves (issue 14), named by the event's managers (audited), and what the events
 * count for a programme's targets ({@link ProgrammeFeed}): counts, never a person.
 * <ul>
 * <li>{@link TargetMeasure#WORKSHOPS_HELD}: workshops serving the programme, HELD or REPORTED, whose day held lies in
 * the period, by the country where they were held;</li>
 * <li>{@link TargetMeasure#PEOPLE_TRAINED}: participants who attended at least one day of a training or workshop
 * serving the programme, held in the period, by the participant's country (or the event's).</li>
 * </ul>
 * The day held is the one of the plans' computed indicators ({@link EventFeed#HELD_DAY}).
 */
@Service
public class EventProgrammes implements ProgrammeFeed {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Events events;
    private final ProgrammeNames names;

    EventProgrammes(JdbcClient jdbc, AuditLog audit, Events events, ProgrammeNames names) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.names = names;
    }

    /** The programmes the event serves, by code. */
    @Transactional(readOnly = true)
    public List<ProgrammeNames.ProgrammeRef> of(EventId event) {
        List<Long> ids = jdbc.sql("select programme_id from event_programme where event_id = ?").param(event.value())
                .query(Long.class).list();
        return List.copyOf(names.programmes(ids).values());
    }

    /** Every programme, for choosing one. */
    public List<ProgrammeNames.ProgrammeRef> choices() {
        return names.all();
    }

    /** Names a programme the event serves (its managers: 403 otherwise; 422 for a programme that does not exist). */
    @Transactional
    public void link(EventId event, long programme, CurrentUser user) {
        events.editable(event, user);
        if (names.programmes(List.of(programme)).isEmpty()) {
            throw InvalidInputException.of("programme", "event.programme.unknown");
        }
        int added = jdbc.sql("insert into event_programme (event_id, programme_id) values (?, ?) on conflict do nothing")
                .params(event.value(), programme).update();
        if (added > 0) {
            audit.record(AuditEvent.of(user.getUsername(), "EVENT_PROGRAMME_LINKED", "event", event.value(),
                    "programme=" + programme));
        }
    }

    @Transactional
    public void unlink(EventId event, long programme, CurrentUser user) {
        events.editable(event, user);
        int removed = jdbc.sql("delete from event_programme where event_id = ? and programme_id = ?")
                .params(event.value(), programme).update();
        if (removed > 0) {
            audit.record(AuditEvent.of(user.getUsername(), "EVENT_PROGRAMME_UNLINKED", "event", event.value(),
                    "programme=" + programme));
        }
    }

    /** For the demo world: links without a person (the demo loader's own check is the events' rules). */
    @Transactional
    public void linkForDemo(Collection<Long> eventIds, long programme) {
        for (Long id : eventIds) {
            jdbc.sql("insert into event_programme (event_id, programme_id) values (?, ?) on conflict do nothing")
                    .params(id, programme).update();
        }
    }

    @Override
    public boolean counts(TargetMeasure measure) {
        return measure == TargetMeasure.WORKSHOPS_HELD || measure == TargetMeasure.PEOPLE_TRAINED;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> count(TargetMeasure measure, ProgrammeId programme, LocalDate from, LocalDate to) {
        String sql = switch (measure) {
            case WORKSHOPS_HELD -> "select coalesce(e.country_code, '') as country, count(*) from event e"
                    + " join event_programme ep on ep.event_id = e.id and ep.programme_id = :programme"
                    + " where e.kind = 'WORKSHOP' and e.status in ('HELD', 'REPORTED')"
                    + " and " + EventFeed.HELD_DAY + " between :from and :to group by 1";
            case PEOPLE_TRAINED -> "select coalesce(p.country_code, e.country_code, '') as country, count(*)"
                    + " from event_participant p join event e on e.id = p.event_id"
                    + " join event_programme ep on ep.event_id = e.id and ep.programme_id = :programme"
                    + " where e.kind in ('TRAINING', 'WORKSHOP') and e.status in ('HELD', 'REPORTED')"
                    + " and " + EventFeed.HELD_DAY + " between :from and :to"
                    + " and exists (select 1 from event_attendance a where a.participant_id = p.id) group by 1";
            default -> throw new IllegalArgumentException("not counted by the events: " + measure);
        };
        Map<String, Long> byCountry = new TreeMap<>();
        jdbc.sql(sql).param("programme", programme.value()).param("from", from).param("to", to)
                .query((rs, n) -> byCountry.merge(rs.getString(1).strip(), rs.getLong(2), Long::sum)).list();
        return byCountry;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Served> served(ProgrammeId programme) {
        return jdbc.sql("""
                select e.id, e.title, e.status from event e join event_programme ep on ep.event_id = e.id
                where ep.programme_id = ? order by (e.start_on is null), e.start_on, e.title""")
                .param(programme.value())
                .query((rs, n) -> new Served(rs.getString(2), "/events/" + rs.getLong(1),
                        "event.status." + rs.getString(3).toLowerCase(java.util.Locale.ROOT)))
                .list();
    }
}
