package org.sankofa.events.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sankofa.events.EventId;
import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;
import org.sankofa.events.EventWork;
import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;
import org.sankofa.identity.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organiser's events and their figures for the home page: one query per list (two for the figures), scoped to
 * their organisation in the SQL.
 */
@Component
class MyEventWork implements EventWork {

    private final JdbcClient jdbc;
    private final EventAccess access;

    MyEventWork(JdbcClient jdbc, EventAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventItem> upcoming(CurrentUser user) {
        return items(user, "PLANNED", "(e.start_on is null), e.year_given desc, e.start_on, e.id");
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventItem> awaitingReport(CurrentUser user) {
        return items(user, "HELD", "e.held_on, e.id");
    }

    @Override
    @Transactional(readOnly = true)
    public Figures figures(CurrentUser user) {
        Map<ParticipantSex, Long> bySex = new EnumMap<>(ParticipantSex.class);
        Map<InstitutionType, Long> byInstitution = new EnumMap<>(InstitutionType.class);
        Map<String, Long> byCountry = new TreeMap<>();
        if (!access.mayCreate(user)) {
            return new Figures(0, 0, bySex, byInstitution, byCountry, 0);
        }
        Long organisation = access.organisationOf(user);
        if (organisation == null && !user.hasAnyRole(org.sankofa.identity.Roles.ADMINISTRATOR_ROLES)) {
            return new Figures(0, 0, bySex, byInstitution, byCountry, 0);
        }
        String mine = organisation == null ? "" : " and exists (select 1 from event_organisation o where"
                + " o.event_id = e.id and o.role = 'ORGANISER' and o.organisation_id = :org)";
        long[] totals = new long[3];
        var events = jdbc.sql("select count(*), coalesce(sum(e.reach) filter (where e.kind = 'AWARENESS'), 0)"
                + " from event e where e.status in ('HELD', 'REPORTED')" + mine);
        (organisation == null ? events : events.param("org", organisation)).query((rs, n) -> {
            totals[0] = rs.getLong(1);
            totals[2] = rs.getLong(2);
            return null;
        }).list();
        var trained = jdbc.sql("""
                select p.sex, p.institution_type, coalesce(p.country_code, e.country_code) as country, count(*)
                from event_participant p join event e on e.id = p.event_id
                where e.kind = 'TRAINING' and e.status in ('HELD', 'REPORTED')
                  and exists (select 1 from event_attendance a where a.participant_id = p.id)""" + mine
                + " group by 1, 2, 3");
        (organisation == null ? trained : trained.param("org", organisation)).query((rs, n) -> {
            long count = rs.getLong(4);
            bySex.merge(ParticipantSex.valueOf(rs.getString(1)), count, Long::sum);
            byInstitution.merge(InstitutionType.valueOf(rs.getString(2)), count, Long::sum);
            String country = rs.getString(3);
            if (country != null) {
                byCountry.merge(country.strip(), count, Long::sum);
            }
            totals[1] += count;
            return null;
        }).list();
        return new Figures(totals[0], totals[1], bySex, byInstitution, byCountry, totals[2]);
    }

    private List<EventItem> items(CurrentUser user, String status, String order) {
        if (!access.mayCreate(user)) {
            return List.of();
        }
        Long organisation = access.organisationOf(user);
        if (organisation == null && !user.hasAnyRole(org.sankofa.identity.Roles.ADMINISTRATOR_ROLES)) {
            return List.of();
        }
        String mine = organisation == null ? "" : " and exists (select 1 from event_organisation o where"
                + " o.event_id = e.id and o.role = 'ORGANISER' and o.organisation_id = :org)";
        var sql = jdbc.sql("select e.id, e.title, e.kind, e.status, e.start_on, e.end_on, e.date_precision,"
                + " e.year_given from event e where e.status = :status" + mine + " order by " + order
                + " limit :limit").param("status", status).param("limit", LIMIT);
        if (organisation != null) {
            sql = sql.param("org", organisation);
        }
        return sql.query((rs, n) -> {
            EventDates dates = Events.dates(rs);
            return new EventItem(EventId.of(rs.getLong("id")), rs.getString("title"),
                    EventKind.valueOf(rs.getString("kind")), EventStatus.valueOf(rs.getString("status")),
                    dates.startOn(), dates.describe(LocaleContextHolder.getLocale()));
        }).list();
    }
}
