package org.sankofa.events.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Directory;
import org.sankofa.directory.OrganisationId;
import org.sankofa.events.EventId;
import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;
import org.sankofa.events.ReachBasis;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.PlanActivities;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: finding, reading, creating, changing them and moving them through their statuses under the rules of
 * {@link EventAccess}, with optimistic locking ({@code error.stale}, 409) and an audit entry for every change.
 * Organisations' names come from the directory and activities' from the plans, one lookup per page.
 */
@Service
public class Events {

    /** The languages an event may be held in: the working languages of the AU and ECOWAS. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "pt", "ar");

    static final int TITLE = 300;
    static final int PLACE = 120;
    static final int AUDIENCE = 1000;
    static final int AGENDA = 4000;
    static final int SOURCE = 1000;
    static final int URL = 1000;
    static final int MAX_OUTPUTS = 50;
    static final int MAX_LINKS = 50;
    static final int REACH_METHOD = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EventAccess access;
    private final Directory directory;
    private final Countries countries;
    private final PlanActivities activities;

    Events(JdbcClient jdbc, AuditLog audit, EventAccess access, Directory directory, Countries countries,
            PlanActivities activities) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.directory = directory;
        this.countries = countries;
        this.activities = activities;
    }

    // ---- reading

    /** One page of the events the user may read, newest first (events without a year after the others). */
    @Transactional(readOnly = true)
    public EventPage search(EventFilter filter, CurrentUser user) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (access.heldOnly(user)) {
            where.append(" and e.status in ('HELD', 'REPORTED')");
        }
        Set<String> scope = access.countries(user);
        if (scope != null) {
            // a coordinator reads the events of their scope; an event without a country belongs to none
            where.append(" and (e.country_code is null or e.country_code = any(:scope))");
            params.put("scope", scope.toArray(String[]::new));
        }
        if (filter.kind() != null) {
            where.append(" and e.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.country() != null) {
            where.append(" and e.country_code = :country");
            params.put("country", filter.country());
        }
        if (filter.organiser() != null) {
            where.append(" and exists (select 1 from event_organisation o where o.event_id = e.id"
                    + " and o.role = 'ORGANISER' and o.organisation_id = :organiser)");
            params.put("organiser", filter.organiser());
        }
        if (filter.from() != null || filter.to() != null) {
            where.append(" and e.year_given");
        }
        if (filter.from() != null) {
            where.append(" and e.end_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.start_on <= :to");
            params.put("to", filter.to());
        }
        long total = jdbc.sql("select count(*) from event e" + where).params(params).query(Long.class).single();
        record Row(long id, EventKind kind, String title, EventDates dates, String city, String country,
                EventStatus status, List<Long> organisers) {
        }
        List<Row> rows = jdbc.sql("""
                select e.id, e.kind, e.title, e.start_on, e.end_on, e.date_precision, e.year_given, e.city,
                       e.country_code, e.status,
                       coalesce(array(select organisation_id from event_organisation o where o.event_id = e.id
                                      and o.role = 'ORGANISER' order by organisation_id), '{}') as organisers
                from event e""" + where + " " + """
                order by (e.start_on is null), e.year_given desc, e.start_on desc, e.id desc
                limit :limit offset :offset""")
                .params(params).param("limit", filter.size()).param("offset", filter.offset())
                .query((rs, n) -> new Row(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), dates(rs), rs.getString("city"), country(rs),
                        EventStatus.valueOf(rs.getString("status")), longs(rs.getArray("organisers"))))
                .list();
        Map<Long, String> names = organisationNames(rows.stream().flatMap(r -> r.organisers().stream()).toList());
        List<EventSummary> items = rows.stream().map(r -> new EventSummary(r.id(), r.kind(), r.title(), r.dates(),
                r.city(), r.country(), r.status(), r.organisers().stream().map(names::get).filter(Objects::nonNull)
                        .collect(Collectors.joining(", ")))).toList();
        return new EventPage(items, filter.page(), filter.size(), total);
    }

    /** The event, whoever asks (for the rules); see {@link #readable}. */
    @Transactional(readOnly = true)
    public Optional<Event> event(EventId id) {
        record Row(long id, EventKind kind, String title, EventDates dates, String city, String country,
                String audience, List<String> languages, String agenda, Long followsId, String followsTitle,
                EventStatus status, LocalDate heldOn, LocalDate reportedOn, LocalDate cancelledOn, String source,
                Event.Reach reach, int version) {
        }
        Optional<Row> found = jdbc.sql("""
                select e.*, f.title as follows_title from event e left join event f on f.id = e.follows_id
                where e.id = ?""").param(id.value())
                .query((rs, n) -> new Row(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), dates(rs), rs.getString("city"), country(rs),
                        rs.getString("target_audience"), strings(rs.getArray("languages")), rs.getString("agenda"),
                        nullableLong(rs, "follows_id"), rs.getString("follows_title"),
                        EventStatus.valueOf(rs.getString("status")), rs.getObject("held_on", LocalDate.class),
                        rs.getObject("reported_on", LocalDate.class), rs.getObject("cancelled_on", LocalDate.class),
                        rs.getString("source"), reach(rs), rs.getInt("version")))
                .optional();
        return found.map(r -> {
            record Link(long organisation, String role) {
            }
            List<Link> links = jdbc.sql("select organisation_id, role from event_organisation where event_id = ?"
                    + " order by role, organisation_id").param(r.id())
                    .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2))).list();
            Map<Long, String> names = organisationNames(links.stream().map(Link::organisation).toList());
            List<Event.Named> organisers = links.stream().filter(l -> l.role().equals("ORGANISER"))
                    .map(l -> new Event.Named(l.organisation(), names.getOrDefault(l.organisation(), "")))
                    .sorted(java.util.Comparator.comparing(Event.Named::name)).toList();
            List<Event.Named> funders = links.stream().filter(l -> l.role().equals("FUNDER"))
                    .map(l -> new Event.Named(l.organisation(), names.getOrDefault(l.organisation(), "")))
                    .sorted(java.util.Comparator.comparing(Event.Named::name)).toList();
            List<Long> activityIds = jdbc.sql("select activity_id from event_activity where event_id = ?")
                    .param(r.id()).query(Long.class).list();
            List<PlanActivities.ActivityRef> served = List.copyOf(activities.activities(activityIds).values());
            List<Event.Output> outputs = jdbc.sql("select title, url from event_output where event_id = ?"
                    + " order by position").param(r.id())
                    .query((rs, n) -> new Event.Output(rs.getString(1), rs.getString(2))).list();
            List<Event.Named> followUps = jdbc.sql("select id, title from event where follows_id = ?"
                    + " order by start_on nulls last, id").param(r.id())
                    .query((rs, n) -> new Event.Named(rs.getLong(1), rs.getString(2))).list();
            return new Event(r.id(), r.kind(), r.title(), r.dates(), r.city(), r.country(), r.audience(),
                    r.languages(), r.agenda(), r.followsId(), r.followsTitle(), r.status(), r.heldOn(),
                    r.reportedOn(), r.cancelledOn(), r.source(), organisers, funders, served, outputs, followUps,
                    r.reach(), r.version());
        });
    }

    /**
     * The event, when the user may read it: 404 when there is none, for an observer one not held yet, and for a
     * coordinator one held outside their scope.
     */
    @Transactional(readOnly = true)
    public Event readable(EventId id, CurrentUser user) {
        if (!access.mayRead(user)) {
            throw new AccessDeniedException("may not read events");
        }
        Event event = event(id).orElseThrow(() -> new NotFoundException("event"));
        if (!access.canRead(user, event.status()) || !access.inScope(user, event.countryCode())) {
            // an observer learns nothing of an event that was not held, a coordinator of one outside their scope,
            // not even that it exists
            throw new NotFoundException("event");
        }
        return event;
    }

    /** The event, when the user may change it (404 when there is none, 403 when it is not their organisation's). */
    @Transactional(readOnly = true)
    public Event editable(EventId id, CurrentUser user) {
        Event event = event(id).orElseThrow(() -> new NotFoundException("event"));
        if (!access.canManage(user, event.organiserIds())) {
            throw new AccessDeniedException("not an event of the user's organisation");
        }
        return event;
    }

    /** The events a follow-up may point to (every event but this one), newest first, for the form. */
    @Transactional(readOnly = true)
    public List<Event.Named> choices(Long except) {
        return jdbc.sql("select id, title from event where id <> :except order by (start_on is null), year_given desc,"
                + " start_on desc, id desc").param("except", except == null ? -1L : except)
                .query((rs, n) -> new Event.Named(rs.getLong(1), rs.getString(2))).list();
    }

    // ---- changing events

    @Transactional
    public Event create(EventDraft draft, CurrentUser user) {
        if (!access.mayCreate(user)) {
            throw new AccessDeniedException("may not create events");
        }
        check(draft, null, user);
        long id = jdbc.sql("""
                insert into event (kind, title, start_on, end_on, date_precision, year_given, city, country_code,
                    target_audience, languages, agenda, follows_id, source, created_by)
                values (:kind, :title, :start, :end, :precision, :yearGiven, :city, :country, :audience, :languages,
                    :agenda, :follows, :source, :actor) returning id""")
                .params(columns(draft)).param("actor", user.getUsername()).query(Long.class).single();
        writeLinks(id, draft);
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_CREATED", "event", id, null));
        return event(EventId.of(id)).orElseThrow();
    }

    @Transactional
    public Event update(EventId eventId, int expectedVersion, EventDraft draft, CurrentUser user) {
        Event current = editable(eventId, user);
        long id = eventId.value();
        check(draft, id, user);
        int updated = jdbc.sql("""
                update event set kind = :kind, title = :title, start_on = :start, end_on = :end,
                    date_precision = :precision, year_given = :yearGiven, city = :city, country_code = :country,
                    target_audience = :audience, languages = :languages, agenda = :agenda, follows_id = :follows,
                    source = :source, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(columns(draft)).param("id", id).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        jdbc.sql("delete from event_organisation where event_id = ?").param(id).update();
        jdbc.sql("delete from event_activity where event_id = ?").param(id).update();
        jdbc.sql("delete from event_output where event_id = ?").param(id).update();
        writeLinks(id, draft);
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_UPDATED", "event", id,
                "fields=" + String.join(",", changedFields(current, draft))));
        return event(eventId).orElseThrow();
    }

    /**
     * Moves the event to {@code next} on day {@code on}: PLANNED → HELD or CANCELLED, HELD → REPORTED. The day is
     * required and not in the future; an event is held and reported no earlier than its first day, and reported no
     * earlier than it was held. Any other move is a conflict (409): someone moved it first, or it cannot go there.
     */
    @Transactional
    public Event changeStatus(EventId eventId, int expectedVersion, EventStatus next, LocalDate on,
            CurrentUser user) {
        Event event = editable(eventId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (next == null) {
            errors.put("status", "validation.required");
        }
        if (on == null) {
            errors.put("on", "validation.required");
        } else if (on.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            errors.put("on", "event.status.future");
        } else if (next == EventStatus.HELD || next == EventStatus.REPORTED) {
            if (event.dates().known() && event.dates().yearGiven() && on.isBefore(event.dates().startOn())) {
                errors.put("on", "event.status.beforeStart");
            } else if (next == EventStatus.REPORTED && event.heldOn() != null && on.isBefore(event.heldOn())) {
                errors.put("on", "event.status.beforeHeld");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (event.version() != expectedVersion) {
            throw new ConflictException("error.stale");
        }
        if (!event.status().next().contains(next)) {
            throw new ConflictException("event.status.notAllowed");
        }
        String column = switch (next) {
            case HELD -> "held_on";
            case REPORTED -> "reported_on";
            case CANCELLED -> "cancelled_on";
            case PLANNED -> throw new ConflictException("event.status.notAllowed");
        };
        int updated = jdbc.sql("update event set status = :status, " + column + " = :on, version = version + 1,"
                + " updated_at = now() where id = :id and version = :version and status = :from")
                .param("status", next.name()).param("on", on).param("id", eventId.value())
                .param("version", expectedVersion).param("from", event.status().name()).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        String actor = user.getUsername();
        audit.record(switch (next) {
            case HELD -> AuditEvent.of(actor, "EVENT_HELD", "event", eventId.value(), "on=" + on);
            case REPORTED -> AuditEvent.of(actor, "EVENT_REPORTED", "event", eventId.value(), "on=" + on);
            case CANCELLED, PLANNED -> AuditEvent.of(actor, "EVENT_CANCELLED", "event", eventId.value(), "on=" + on);
        });
        return event(eventId).orElseThrow();
    }

    /**
     * Records how many people an awareness activity or campaign launch reached (0 or more), counted or estimated, and
     * how; no number clears it. Only an awareness activity has a reach (422 {@code event.reach.kind}); a cancelled
     * one records none (409). Optimistic locking as for every change of the event.
     */
    @Transactional
    public Event recordReach(EventId eventId, int expectedVersion, Integer people, ReachBasis basis, String method,
            CurrentUser user) {
        Event event = editable(eventId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (event.kind() != EventKind.AWARENESS) {
            errors.put("reach", "event.reach.kind");
        } else if (people != null && people < 0) {
            errors.put("reach", "event.reach.range");
        }
        if (people != null && basis == null) {
            errors.put("reachBasis", "validation.required");
        }
        Texts.check(errors, "reachMethod", method, people != null, REACH_METHOD);
        if (people == null && (basis != null || !Texts.isBlank(method))) {
            errors.putIfAbsent("reach", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw new ConflictException("event.reach.cancelled");
        }
        int updated = jdbc.sql("update event set reach = :people, reach_basis = :basis, reach_method = :method,"
                + " version = version + 1, updated_at = now() where id = :id and version = :version")
                .param("people", people).param("basis", people == null ? null : basis.name())
                .param("method", people == null ? null : method.strip()).param("id", eventId.value())
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(user.getUsername(), "EVENT_REACH_RECORDED", "event", eventId.value(),
                people == null ? null : "number=" + people));
        return event(eventId).orElseThrow();
    }

    // ---- rules

    /** Checks every field and throws one 422 naming all the wrong ones. */
    public void check(EventDraft d, Long id, CurrentUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.kind() == null) {
            errors.put("kind", "validation.required");
        }
        Texts.check(errors, "title", d.title(), true, TITLE);
        if (d.dates() != null) {
            d.dates().check(errors);
        }
        Texts.check(errors, "city", d.city(), false, PLACE);
        if (d.countryCode() != null && !countries.exists(d.countryCode())) {
            errors.put("country", "event.country.unknown");
        }
        Texts.check(errors, "targetAudience", d.targetAudience(), false, AUDIENCE);
        Texts.check(errors, "agenda", d.agenda(), false, AGENDA);
        Texts.check(errors, "source", d.source(), false, SOURCE);
        if (!LANGUAGES.containsAll(d.languages())) {
            errors.put("languages", "event.language.unknown");
        }
        if (d.organiserIds().isEmpty()) {
            errors.put("organisers", "event.organisers.required");
        } else if (d.organiserIds().size() > MAX_LINKS || !organisationsExist(d.organiserIds())) {
            errors.put("organisers", "event.organisation.unknown");
        } else if (!access.canManage(user, d.organiserIds())) {
            errors.put("organisers", "event.organisers.own");
        }
        if (d.funderIds().size() > MAX_LINKS || !organisationsExist(d.funderIds())) {
            errors.put("funders", "event.organisation.unknown");
        }
        if (d.activityIds().size() > MAX_LINKS
                || activities.activities(d.activityIds()).size() != d.activityIds().size()) {
            errors.put("activities", "event.activity.unknown");
        }
        if (d.followsId() != null) {
            if (d.followsId().equals(id)) {
                errors.put("follows", "event.follows.self");
            } else if (!exists(d.followsId())) {
                errors.put("follows", "event.follows.unknown");
            } else if (id != null && followsBack(d.followsId(), id)) {
                errors.put("follows", "event.follows.cycle");
            }
        }
        if (d.outputs().size() > MAX_OUTPUTS) {
            errors.put("outputs", "validation.too.long");
        }
        for (Event.Output output : d.outputs()) {
            if (Texts.isBlank(output.url()) || output.url().strip().length() > URL
                    || !output.url().strip().matches("(?i)^https?://[^\\s<>\"]+$")) {
                errors.putIfAbsent("outputs", "event.output.url");
            } else if (output.title() != null && output.title().strip().length() > TITLE) {
                errors.putIfAbsent("outputs", "validation.too.long");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private boolean organisationsExist(List<Long> ids) {
        return ids.isEmpty() || directory.organisations(ids.stream().map(OrganisationId::new).toList()).size()
                == ids.size();
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from event where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** Whether the chain of events that {@code start} follows leads back to {@code id}. */
    private boolean followsBack(long start, long id) {
        return jdbc.sql("""
                with recursive chain(id, follows_id) as (
                    select id, follows_id from event where id = :start
                    union select e.id, e.follows_id from event e join chain c on e.id = c.follows_id)
                select count(*) from chain where id = :id""").param("start", start).param("id", id)
                .query(Long.class).single() > 0;
    }

    private void writeLinks(long id, EventDraft d) {
        for (Long org : d.organiserIds()) {
            jdbc.sql("insert into event_organisation (event_id, organisation_id, role) values (?, ?, 'ORGANISER')")
                    .params(id, org).update();
        }
        for (Long org : d.funderIds()) {
            jdbc.sql("insert into event_organisation (event_id, organisation_id, role) values (?, ?, 'FUNDER')")
                    .params(id, org).update();
        }
        for (Long activity : d.activityIds()) {
            jdbc.sql("insert into event_activity (event_id, activity_id) values (?, ?)").params(id, activity)
                    .update();
        }
        int position = 0;
        for (Event.Output output : d.outputs()) {
            String url = output.url().strip();
            jdbc.sql("insert into event_output (event_id, position, title, url) values (?, ?, ?, ?)")
                    .params(id, position++, Texts.isBlank(output.title()) ? url : output.title().strip(), url).update();
        }
    }

    private static Map<String, Object> columns(EventDraft d) {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", d.kind().name());
        c.put("title", d.title().strip());
        EventDates dates = d.dates() == null ? new EventDates(null, null, null, true) : d.dates();
        c.put("start", dates.startOn());
        c.put("end", dates.endOn());
        c.put("precision", dates.precision().name());
        c.put("yearGiven", dates.yearGiven());
        c.put("city", Texts.blankToNull(d.city()));
        c.put("country", d.countryCode());
        c.put("audience", Texts.blankToNull(d.targetAudience()));
        c.put("languages", d.languages().toArray(String[]::new));
        c.put("agenda", Texts.blankToNull(d.agenda()));
        c.put("follows", d.followsId());
        c.put("source", Texts.blankToNull(d.source()));
        return c;
    }

    private static List<String> changedFields(Event e, EventDraft d) {
        List<String> f = new ArrayList<>();
        if (e.kind() != d.kind()) f.add("kind");
        if (!e.title().equals(d.title().strip())) f.add("title");
        if (!java.util.Objects.equals(e.dates(), d.dates())) f.add("dates");
        if (!Objects.equals(e.city(), Texts.blankToNull(d.city())) || !Objects.equals(e.countryCode(), d.countryCode()))
            f.add("venue");
        if (!Objects.equals(e.targetAudience(), Texts.blankToNull(d.targetAudience()))) f.add("targetAudience");
        if (!new TreeSet<>(e.languages()).equals(new TreeSet<>(d.languages()))) f.add("languages");
        if (!Objects.equals(e.agenda(), Texts.blankToNull(d.agenda()))) f.add("agenda");
        if (!Objects.equals(e.followsId(), d.followsId())) f.add("follows");
        if (!Set.copyOf(e.organiserIds()).equals(Set.copyOf(d.organiserIds()))) f.add("organisers");
        if (!Set.copyOf(e.funders().stream().map(Event.Named::id).toList()).equals(Set.copyOf(d.funderIds())))
            f.add("funders");
        if (!Set.copyOf(e.activities().stream().map(PlanActivities.ActivityRef::id).toList())
                .equals(Set.copyOf(d.activityIds()))) f.add("activities");
        if (!e.outputs().stream().map(Event.Output::url).toList()
                .equals(d.outputs().stream().map(o -> o.url().strip()).toList())) f.add("outputs");
        if (!Objects.equals(e.source(), Texts.blankToNull(d.source()))) f.add("source");
        return f;
    }

    Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<OrganisationId> wanted = ids.stream().filter(Objects::nonNull).distinct().map(OrganisationId::new)
                .toList();
        if (!wanted.isEmpty()) {
            directory.organisations(wanted).values().forEach(o -> names.put(o.id().value(),
                    o.acronym() == null || o.acronym().isBlank() ? o.name() : o.acronym()));
        }
        return names;
    }

    // ---- columns

    static EventDates dates(ResultSet rs) throws SQLException {
        return new EventDates(rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")), rs.getBoolean("year_given"));
    }

    private static String country(ResultSet rs) throws SQLException {
        String code = rs.getString("country_code");
        return code == null ? null : code.strip();
    }

    private static Event.Reach reach(ResultSet rs) throws SQLException {
        int people = rs.getInt("reach");
        return rs.wasNull() ? null : new Event.Reach(people, ReachBasis.valueOf(rs.getString("reach_basis")),
                rs.getString("reach_method"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : List.of((Long[]) array.getArray());
    }

    /** The dates in words in {@code locale} (for lists and home pages). */
    public static String when(EventDates dates, Locale locale) {
        return dates.describe(locale);
    }
}
