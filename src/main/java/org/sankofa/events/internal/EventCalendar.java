package org.sankofa.events.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.DatePrecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of a few months, grouped by month, for the calendar page. An event takes its place as far as its dates
 * are known, never on an invented day: one known to the day appears in every month it overlaps; one known only to the
 * month appears in that month's group, marked as such; one known only to the year appears in a group of its
 * own after the last month of that year shown (2025, month not given). Events without a year, or without any date,
 * cannot be placed and stay on the list page. Observers see the held events only, as on the list.
 */
@Service
public class EventCalendar {

    /** How many months the calendar shows at once. */
    public static final int MONTHS = 6;

    private final JdbcClient jdbc;
    private final EventAccess access;
    private final Events events;

    EventCalendar(JdbcClient jdbc, EventAccess access, Events events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    /** A group of the calendar: a month, or a year whose events are known only to the year ({@code month} null). */
    public record Group(int year, YearMonth month, List<EventSummary> events) {

        public boolean wholeYear() {
            return month == null;
        }
    }

    /** The groups of {@code months} months from {@code from}, every month shown even when it has no event. */
    @Transactional(readOnly = true)
    public List<Group> months(YearMonth from, int months, CurrentUser user) {
        LocalDate first = from.atDay(1);
        LocalDate last = from.plusMonths(months - 1L).atEndOfMonth();
        String heldOnly = access.heldOnly(user) ? " and e.status in ('HELD', 'REPORTED')" : "";
        record Row(long id, EventKind kind, String title, EventDates dates, String city, String country,
                EventStatus status, List<Long> organisers) {
        }
        List<Row> rows = jdbc.sql("""
                select e.id, e.kind, e.title, e.start_on, e.end_on, e.date_precision, e.year_given, e.city,
                       e.country_code, e.status,
                       coalesce(array(select organisation_id from event_organisation o where o.event_id = e.id
                                      and o.role = 'ORGANISER' order by organisation_id), '{}') as organisers
                from event e
                where e.year_given and e.start_on is not null and e.start_on <= :last
                  and (case e.date_precision
                        when 'YEAR' then make_date(extract(year from e.end_on)::int, 12, 31)
                        when 'MONTH' then (date_trunc('month', e.end_on) + interval '1 month - 1 day')::date
                        else e.end_on end) >= :first""" + heldOnly + " order by e.start_on, e.id limit 2000")
                .param("first", first).param("last", last)
                .query((rs, n) -> new Row(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), Events.dates(rs), rs.getString("city"),
                        rs.getString("country_code") == null ? null : rs.getString("country_code").strip(),
                        EventStatus.valueOf(rs.getString("status")),
                        rs.getArray("organisers") == null ? List.of()
                                : List.of((Long[]) rs.getArray("organisers").getArray())))
                .list();
        Map<Long, String> names = events.organisationNames(rows.stream().flatMap(r -> r.organisers().stream())
                .toList());
        List<EventSummary> found = rows.stream().map(r -> new EventSummary(r.id(), r.kind(), r.title(), r.dates(),
                r.city(), r.country(), r.status(), r.organisers().stream().map(names::get).filter(Objects::nonNull)
                        .collect(Collectors.joining(", ")))).toList();
        return group(found, from, months);
    }

    /** The grouping rules, apart from the database (see the class). */
    public static List<Group> group(List<EventSummary> found, YearMonth from, int months) {
        Map<YearMonth, List<EventSummary>> byMonth = new LinkedHashMap<>();
        Map<Integer, List<EventSummary>> byYear = new LinkedHashMap<>();
        YearMonth until = from.plusMonths(months - 1L);
        for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            byMonth.put(m, new ArrayList<>());
        }
        for (EventSummary event : found) {
            EventDates dates = event.dates();
            if (!dates.known() || !dates.yearGiven()) {
                continue;
            }
            if (dates.precision() == DatePrecision.YEAR) {
                for (int y = dates.startOn().getYear(); y <= dates.endOn().getYear(); y++) {
                    if (y >= from.getYear() && y <= until.getYear()) {
                        byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(event);
                    }
                }
                continue;
            }
            for (YearMonth m = YearMonth.from(dates.startOn()); !m.isAfter(YearMonth.from(dates.endOn()));
                    m = m.plusMonths(1)) {
                List<EventSummary> group = byMonth.get(m);
                if (group != null) {
                    group.add(event);
                }
            }
        }
        // known to the day first, by their first day; then those known only to the month
        Comparator<EventSummary> order = Comparator
                .comparing((EventSummary e) -> e.dates().precision() != DatePrecision.DAY)
                .thenComparing(e -> e.dates().startOn()).thenComparing(EventSummary::id);
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<YearMonth, List<EventSummary>> month : byMonth.entrySet()) {
            groups.add(new Group(month.getKey().getYear(), month.getKey(),
                    month.getValue().stream().sorted(order).toList()));
            boolean lastOfYear = month.getKey().getMonthValue() == 12 || month.getKey().equals(until);
            List<EventSummary> wholeYear = byYear.get(month.getKey().getYear());
            if (lastOfYear && wholeYear != null) {
                groups.add(new Group(month.getKey().getYear(), null,
                        wholeYear.stream().sorted(Comparator.comparing(EventSummary::id)).toList()));
            }
        }
        return groups;
    }
}
