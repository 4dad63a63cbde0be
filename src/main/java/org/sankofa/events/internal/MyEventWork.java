package org.sankofa.events.internal;

import java.util.List;

import org.sankofa.events.EventId;
import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;
import org.sankofa.events.EventWork;
import org.sankofa.identity.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An organiser's events for the home page: one query per list, scoped to their organisation in the SQL. */
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
