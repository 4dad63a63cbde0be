package org.sankofa.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventCalendar;
import org.sankofa.events.internal.EventCalendar.Group;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.EventSummary;
import org.sankofa.events.internal.Events;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.DatePrecision;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar of the coming months: an event in every month it overlaps when its days are known, in its month's group
 * when only the month is known, in a group of its year when only the year is — never on an invented day — and left
 * out when it has no year or no date.
 */
@SankofaTest
class EventCalendarTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;

    private static EventSummary event(long id, LocalDate start, LocalDate end, DatePrecision precision,
            boolean yearGiven) {
        return new EventSummary(id, EventKind.WORKSHOP, "Event " + id, new EventDates(start, end, precision, yearGiven),
                null, null, EventStatus.PLANNED, "");
    }

    private static List<Long> ids(Group group) {
        return group.events().stream().map(EventSummary::id).toList();
    }

    @Test
    void eventsAreGroupedByMonthAsFarAsTheirDatesAreKnown() {
        YearMonth from = YearMonth.of(2025, 10);
        List<EventSummary> found = List.of(
                event(1, LocalDate.of(2025, 11, 29), LocalDate.of(2025, 12, 2), DatePrecision.DAY, true),
                event(2, LocalDate.of(2025, 11, 1), null, DatePrecision.MONTH, true),
                event(3, LocalDate.of(2025, 11, 10), null, DatePrecision.DAY, true),
                event(4, LocalDate.of(2025, 1, 1), null, DatePrecision.YEAR, true),
                event(5, LocalDate.of(2025, 11, 12), null, DatePrecision.DAY, false),
                event(6, null, null, DatePrecision.DAY, true),
                event(7, LocalDate.of(2026, 4, 1), null, DatePrecision.DAY, true),
                event(8, LocalDate.of(2026, 1, 1), null, DatePrecision.YEAR, true));

        List<Group> groups = EventCalendar.group(found, from, 6);

        // October 2025 to March 2026, every month shown, 2025's and 2026's year-only events after their last month
        assertThat(groups).extracting(g -> g.wholeYear() ? String.valueOf(g.year()) : g.month().toString())
                .containsExactly("2025-10", "2025-11", "2025-12", "2025", "2026-01", "2026-02", "2026-03", "2026");
        assertThat(ids(groups.get(0))).isEmpty();
        // known to the day first, by their first day; the month-only event after them, not on an invented day
        assertThat(ids(groups.get(1))).containsExactly(3L, 1L, 2L);
        // a multi-day event in every month it overlaps
        assertThat(ids(groups.get(2))).containsExactly(1L);
        assertThat(ids(groups.get(3))).containsExactly(4L);
        assertThat(ids(groups.get(7))).containsExactly(8L);
        // no year, no date, or after the months shown: nowhere
        assertThat(groups).flatExtracting(EventCalendarTests::ids).doesNotContain(5L, 6L, 7L);
    }

    @Test
    void theCalendarPageShowsTheMonthsOfTheEventsAndObserversOnlyThoseHeld() throws Exception {
        CurrentUser organiser = users.findByUsername("organiser").orElseThrow();
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Event days = create("Calendar days " + tag, new EventDates(LocalDate.of(2031, 2, 27),
                LocalDate.of(2031, 3, 2), DatePrecision.DAY, true), auc, organiser);
        Event month = create("Calendar month " + tag, new EventDates(LocalDate.of(2031, 3, 1), null,
                DatePrecision.MONTH, true), auc, organiser);
        Event year = create("Calendar year " + tag, new EventDates(LocalDate.of(2031, 1, 1), null,
                DatePrecision.YEAR, true), auc, organiser);

        Document page = Jsoup.parse(mvc.perform(get("/events/calendar").param("from", "2031-01")
                .with(user(organiser))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#month-2031-02 a").eachText()).contains(days.title());
        assertThat(page.select("#month-2031-03 li").eachText()).anySatisfy(t -> assertThat(t)
                .contains(month.title(), "day not given")).anySatisfy(t -> assertThat(t).contains(days.title()));
        assertThat(page.select("#year-2031 li").eachText()).anySatisfy(t -> assertThat(t)
                .contains(year.title(), "month not given"));
        assertThat(page.select("#month-2031-01 a").eachText()).doesNotContain(year.title(), month.title());
        assertThat(page.select("#calendar-next").attr("href")).isEqualTo("/events/calendar?from=2031-07");

        Document observed = Jsoup.parse(mvc.perform(get("/events/calendar").param("from", "2031-01")
                        .with(user(users.findByUsername("observer").orElseThrow()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(observed.text()).doesNotContain(days.title());
        for (String bad : List.of("2031-13", "soon", "1800-01")) {
            mvc.perform(get("/events/calendar").param("from", bad).with(user(organiser)))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/events").with(user(organiser))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("href=\"/events/calendar\"")));
    }

    private Event create(String title, EventDates dates, long organisation, CurrentUser user) {
        return events.create(new EventDraft(EventKind.WORKSHOP, title, dates, "Niamey", "NE", null, List.of(), null,
                null, List.of(organisation), List.of(), List.of(), List.of(), null), user);
    }
}
