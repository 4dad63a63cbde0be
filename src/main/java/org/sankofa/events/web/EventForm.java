package org.sankofa.events.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.sankofa.events.EventKind;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.web.FormErrors;

/**
 * What the event form sends, every value a string so that every field can be checked and explained. Outputs are
 * written one per line as {@code title | https://…} (or only the link). "Year not given" keeps the day and month typed
 * and drops the year (the source gives none).
 */
record EventForm(String kind, String title, String startOn, String endOn, String precision, String yearGiven,
        String city, String country, String targetAudience, List<String> languages, String agenda, String follows,
        List<String> organisers, List<String> funders, List<String> activities, String outputs, String source,
        String version) {

    static final String DATE = "event.form.date";
    static final String CHOICE = "event.form.choice";

    EventForm {
        languages = clean(languages);
        organisers = clean(organisers);
        funders = clean(funders);
        activities = clean(activities);
    }

    /** An empty form; an organiser's own organisation is already among the organisers. */
    static EventForm empty(Long ownOrganisation) {
        return new EventForm(EventKind.WORKSHOP.name(), "", "", "", DatePrecision.DAY.name(), "", "", "", "",
                List.of(), "", "", ownOrganisation == null ? List.of() : List.of(ownOrganisation.toString()),
                List.of(), List.of(), "", "", "");
    }

    static EventForm of(Event e) {
        return new EventForm(e.kind().name(), e.title(), text(e.dates().startOn()), text(e.dates().endOn()),
                e.dates().precision().name(), e.dates().yearGiven() ? "" : "true", nz(e.city()),
                nz(e.countryCode()), nz(e.targetAudience()), e.languages(), nz(e.agenda()),
                e.followsId() == null ? "" : e.followsId().toString(), ids(e.organisers()), ids(e.funders()),
                e.activities().stream().map(a -> Long.toString(a.id())).toList(),
                e.outputs().stream().map(o -> o.title().equals(o.url()) ? o.url() : o.title() + " | " + o.url())
                        .collect(Collectors.joining("\n")),
                nz(e.source()), String.valueOf(e.version()));
    }

    /** The draft the form describes; fields that do not parse are named in {@code read}. */
    EventDraft draft(FormErrors read) {
        LocalDate start = read.date("startOn", startOn, DATE);
        LocalDate end = read.date("endOn", endOn, DATE);
        DatePrecision known = read.choice("precision", blank(precision) ? "DAY" : precision, DatePrecision.class,
                CHOICE);
        EventDates dates = new EventDates(start, end, known, !FormErrors.checked(yearGiven));
        String countryCode = blank(country) ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            read.reject("country", CHOICE);
            countryCode = null;
        }
        return new EventDraft(read.choice("kind", kind, EventKind.class, CHOICE), title, dates, city, countryCode,
                targetAudience, languages, agenda, read.id("follows", follows, CHOICE), ids(read, "organisers",
                        organisers), ids(read, "funders", funders), ids(read, "activities", activities),
                outputs(outputs), source);
    }

    static List<Event.Output> outputs(String text) {
        List<Event.Output> list = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            list.add(bar < 0 ? new Event.Output(null, line.strip())
                    : new Event.Output(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return list;
    }

    private static List<Long> ids(FormErrors read, String field, List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            Long id = read.id(field, value, CHOICE);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> ids(List<Event.Named> named) {
        return named.stream().map(n -> Long.toString(n.id())).toList();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
