package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.PlanActivities;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.ProgrammeNames;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes: finding, reading, creating and changing them under the rules of {@link ProgrammeAccess}, with optimistic
 * locking ({@code error.stale}, 409) and an audit entry for every change. Every rule of a draft is checked before
 * anything is written (422 with a message key per field): an unknown ISO 4217 currency, a country that joined before
 * the programme started, a phase outside the programme's period.
 */
@Service
public class Programmes implements ProgrammeNames {

    static final int CODE = 40;
    static final int TITLE = 300;
    static final int SUMMARY = 4000;
    static final int SOURCE = 1000;
    static final int NAME = 200;
    static final int GRANT = 100;
    static final int URL = 1000;
    static final int MAX_LINES = 100;

    /** The ISO 4217 currencies (the JDK's list), without the funds and metals codes that are not money. */
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).filter(c -> !c.startsWith("X") || c.equals("XOF") || c.equals("XAF"))
            .collect(Collectors.toUnmodifiableSet());

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProgrammeAccess access;
    private final Directory directory;
    private final Countries countries;
    private final PlanActivities activities;

    Programmes(JdbcClient jdbc, AuditLog audit, ProgrammeAccess access, Directory directory, Countries countries,
            PlanActivities activities) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.directory = directory;
        this.countries = countries;
        this.activities = activities;
    }

    /** Whether {@code code} is an ISO 4217 currency of money. */
    public static boolean isCurrency(String code) {
        return code != null && CURRENCIES.contains(code);
    }

    // ---- reading

    /** The programmes the user may read, by start (newest first) then code. */
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> search(ProgrammeFilter filter, CurrentUser user) {
        if (!access.mayRead(user)) {
            throw new AccessDeniedException("may not read programmes");
        }
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        Long donorOnly = access.donorOnly(user);
        if (donorOnly != null) {
            where.append(" and exists (select 1 from programme_organisation o where o.programme_id = p.id"
                    + " and o.role = 'DONOR' and o.organisation_id = :mine)");
            params.put("mine", donorOnly);
        }
        if (!Texts.isBlank(filter.text())) {
            where.append(" and (p.title ilike :text or p.code ilike :text)");
            params.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.donor() != null) {
            where.append(" and exists (select 1 from programme_organisation o where o.programme_id = p.id"
                    + " and o.role = 'DONOR' and o.organisation_id = :donor)");
            params.put("donor", filter.donor());
        }
        if (filter.country() != null) {
            where.append(" and exists (select 1 from programme_country c where c.programme_id = p.id"
                    + " and c.country_code = :country)");
            params.put("country", filter.country());
        }
        if (filter.runningOn() != null) {
            where.append(" and p.starts_on <= :day and (p.ends_on is null or p.ends_on >= :day)");
            params.put("day", filter.runningOn());
        }
        params.put("today", LocalDate.now(ZoneOffset.UTC));
        record Row(long id, String code, String title, LocalDate startsOn, LocalDate endsOn, int countries) {
        }
        List<Row> rows = jdbc.sql("""
                select p.id, p.code, p.title, p.starts_on, p.ends_on,
                       (select count(*) from programme_country c where c.programme_id = p.id
                        and c.joined_on <= :today) as countries
                from programme p""" + where + " order by p.starts_on desc, p.code")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getInt("countries")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        record Link(long programme, long organisation, String role) {
        }
        List<Link> links = jdbc.sql("select programme_id, organisation_id, role from programme_organisation"
                + " where programme_id = any(?) and role in ('DONOR', 'IMPLEMENTER')")
                .param(rows.stream().map(Row::id).toArray(Long[]::new))
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        Map<Long, String> names = names(links.stream().map(Link::organisation).toList());
        return rows.stream().map(r -> new ProgrammeSummary(r.id(), r.code(), r.title(), r.startsOn(), r.endsOn(),
                joined(links.stream().filter(l -> l.programme() == r.id() && l.role().equals("DONOR"))
                        .map(l -> names.get(l.organisation()))),
                joined(links.stream().filter(l -> l.programme() == r.id() && l.role().equals("IMPLEMENTER"))
                        .map(l -> names.get(l.organisation()))),
                r.countries())).toList();
    }

    private static String joined(java.util.stream.Stream<String> names) {
        return names.filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
    }

    /** The programme, whoever asks (for the rules); see {@link #readable}. */
    @Transactional(readOnly = true)
    public Optional<Programme> programme(ProgrammeId id) {
        record Row(long id, String code, String title, String summary, LocalDate startsOn, LocalDate endsOn,
                String source, int version) {
        }
        return jdbc.sql("select * from programme where id = ?").param(id.value())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getString("summary"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("source"), rs.getInt("version")))
                .optional().map(r -> {
                    record Link(long organisation, String role, String grant) {
                    }
                    List<Link> links = jdbc.sql("select organisation_id, role, grant_reference"
                            + " from programme_organisation where programme_id = ?").param(r.id())
                            .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
                    Map<Long, String> names = names(links.stream().map(Link::organisation).toList());
                    java.util.function.Function<String, List<Programme.Party>> parties = role -> links.stream()
                            .filter(l -> l.role().equals(role))
                            .map(l -> new Programme.Party(l.organisation(), names.getOrDefault(l.organisation(), ""),
                                    l.grant()))
                            .sorted(Comparator.comparing(Programme.Party::name)).toList();
                    List<Programme.CountryCovered> covered = jdbc.sql("select country_code, joined_on from"
                            + " programme_country where programme_id = ? order by joined_on, country_code")
                            .param(r.id()).query((rs, n) -> new Programme.CountryCovered(rs.getString(1),
                                    rs.getObject(2, LocalDate.class))).list();
                    List<Programme.Phase> phases = jdbc.sql("select name, starts_on, ends_on from programme_phase"
                            + " where programme_id = ? order by position").param(r.id())
                            .query((rs, n) -> new Programme.Phase(rs.getString(1), rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class))).list();
                    List<Programme.BudgetLine> budget = jdbc.sql("select label, currency, planned, received, spent"
                            + " from programme_budget_line where programme_id = ? order by position").param(r.id())
                            .query((rs, n) -> new Programme.BudgetLine(rs.getString(1), rs.getString(2),
                                    rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
                    List<Long> activityIds = jdbc.sql("select activity_id from programme_activity"
                            + " where programme_id = ?").param(r.id()).query(Long.class).list();
                    List<Programme.Document> documents = jdbc.sql("select title, url from programme_document"
                            + " where programme_id = ? order by position").param(r.id())
                            .query((rs, n) -> new Programme.Document(rs.getString(1), rs.getString(2))).list();
                    return new Programme(r.id(), r.code(), r.title(), r.summary(), r.startsOn(), r.endsOn(),
                            r.source(), parties.apply("DONOR"), parties.apply("IMPLEMENTER"),
                            parties.apply("PARTNER"), covered, phases, budget,
                            List.copyOf(activities.activities(activityIds).values()), documents, r.version());
                });
    }

    /**
     * The programme, when the user may read it: 404 when there is none, and for an observer one their organisation
     * does not fund (they learn nothing of it, not even that it exists).
     */
    @Transactional(readOnly = true)
    public Programme readable(ProgrammeId id, CurrentUser user) {
        if (!access.mayRead(user)) {
            throw new AccessDeniedException("may not read programmes");
        }
        Programme programme = programme(id).orElseThrow(() -> new NotFoundException("programme"));
        if (!access.canRead(user, programme.donorIds())) {
            throw new NotFoundException("programme");
        }
        return programme;
    }

    /** The programme, when the user may change it (404 when there is none, 403 when their organisation does not implement it). */
    @Transactional(readOnly = true)
    public Programme editable(ProgrammeId id, CurrentUser user) {
        Programme programme = programme(id).orElseThrow(() -> new NotFoundException("programme"));
        if (!access.canEdit(user, programme.implementerIds())) {
            throw new AccessDeniedException("not a programme of the user's organisation");
        }
        return programme;
    }

    @Override
    public Map<Long, ProgrammeRef> programmes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProgrammeRef> found = new LinkedHashMap<>();
        jdbc.sql("select id, code, title from programme where id = any(?) order by code")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> new ProgrammeRef(rs.getLong(1), rs.getString(2), rs.getString(3))).list()
                .forEach(p -> found.put(p.id(), p));
        return found;
    }

    @Override
    public List<ProgrammeRef> all() {
        return jdbc.sql("select id, code, title from programme order by code")
                .query((rs, n) -> new ProgrammeRef(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    // ---- changing

    @Transactional
    public Programme create(ProgrammeDraft draft, CurrentUser user) {
        if (!access.mayCreate(user)) {
            throw new AccessDeniedException("may not create programmes");
        }
        check(draft, null, user);
        long id = jdbc.sql("""
                insert into programme (code, title, summary, starts_on, ends_on, source, created_by)
                values (:code, :title, :summary, :startsOn, :endsOn, :source, :actor) returning id""")
                .params(columns(draft)).param("actor", user.getUsername()).query(Long.class).single();
        writeParts(id, draft);
        audit.record(AuditEvent.of(user.getUsername(), "PROGRAMME_CREATED", "programme", id,
                "code=" + draft.code().strip()));
        return programme(ProgrammeId.of(id)).orElseThrow();
    }

    @Transactional
    public Programme update(ProgrammeId programmeId, int expectedVersion, ProgrammeDraft draft, CurrentUser user) {
        editable(programmeId, user);
        long id = programmeId.value();
        check(draft, id, user);
        int updated = jdbc.sql("""
                update programme set code = :code, title = :title, summary = :summary, starts_on = :startsOn,
                    ends_on = :endsOn, source = :source, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(columns(draft)).param("id", id).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        for (String table : List.of("programme_organisation", "programme_country", "programme_phase",
                "programme_budget_line", "programme_activity", "programme_document")) {
            jdbc.sql("delete from " + table + " where programme_id = ?").param(id).update();
        }
        writeParts(id, draft);
        audit.record(AuditEvent.of(user.getUsername(), "PROGRAMME_UPDATED", "programme", id, null));
        return programme(programmeId).orElseThrow();
    }

    private static Map<String, Object> columns(ProgrammeDraft d) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("code", d.code().strip());
        columns.put("title", d.title().strip());
        columns.put("summary", Texts.blankToNull(d.summary()));
        columns.put("startsOn", d.startsOn());
        columns.put("endsOn", d.endsOn());
        columns.put("source", Texts.blankToNull(d.source()));
        return columns;
    }

    private void writeParts(long id, ProgrammeDraft d) {
        for (ProgrammeDraft.Donor donor : d.donors()) {
            jdbc.sql("insert into programme_organisation (programme_id, organisation_id, role, grant_reference)"
                    + " values (?, ?, 'DONOR', ?)").params(id, donor.organisationId(),
                            Texts.blankToNull(donor.grantReference())).update();
        }
        for (Long org : new java.util.LinkedHashSet<>(d.implementers())) {
            jdbc.sql("insert into programme_organisation (programme_id, organisation_id, role)"
                    + " values (?, ?, 'IMPLEMENTER')").params(id, org).update();
        }
        for (Long org : new java.util.LinkedHashSet<>(d.partners())) {
            jdbc.sql("insert into programme_organisation (programme_id, organisation_id, role)"
                    + " values (?, ?, 'PARTNER')").params(id, org).update();
        }
        for (ProgrammeDraft.Country c : d.countries()) {
            jdbc.sql("insert into programme_country (programme_id, country_code, joined_on) values (?, ?, ?)")
                    .params(id, c.code().strip(), c.joinedOn()).update();
        }
        int position = 0;
        for (ProgrammeDraft.Phase p : d.phases()) {
            jdbc.sql("insert into programme_phase (programme_id, position, name, starts_on, ends_on)"
                    + " values (?, ?, ?, ?, ?)").params(id, position++, p.name().strip(), p.startsOn(), p.endsOn())
                    .update();
        }
        position = 0;
        for (ProgrammeDraft.Budget b : d.budget()) {
            jdbc.sql("insert into programme_budget_line (programme_id, position, label, currency, planned, received,"
                    + " spent) values (?, ?, ?, ?, ?, ?, ?)").params(id, position++, b.label().strip(),
                            b.currency().strip(), b.planned(), orZero(b.received()), orZero(b.spent())).update();
        }
        for (Long activity : new java.util.LinkedHashSet<>(d.activities())) {
            jdbc.sql("insert into programme_activity (programme_id, activity_id) values (?, ?)")
                    .params(id, activity).update();
        }
        position = 0;
        for (ProgrammeDraft.Document doc : d.documents()) {
            jdbc.sql("insert into programme_document (programme_id, position, title, url) values (?, ?, ?, ?)")
                    .params(id, position++, Texts.blankToNull(doc.title()), doc.url().strip()).update();
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Every rule of a draft, all errors at once (422), before anything is written. */
    public void check(ProgrammeDraft d, Long id, CurrentUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "code", d.code(), true, CODE);
        Texts.check(errors, "title", d.title(), true, TITLE);
        Texts.check(errors, "summary", d.summary(), false, SUMMARY);
        Texts.check(errors, "source", d.source(), false, SOURCE);
        if (!errors.containsKey("code") && jdbc.sql("select count(*) from programme where lower(code) = lower(?)"
                + " and id <> ?").params(d.code().strip(), id == null ? -1L : id).query(Long.class).single() > 0) {
            errors.put("code", "programme.code.taken");
        }
        if (d.startsOn() == null) {
            errors.put("startsOn", "validation.required");
        } else if (d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            errors.put("endsOn", "programme.period.endBeforeStart");
        }
        // parties
        Set<Long> organisations = new HashSet<>();
        Set<Long> donorIds = new HashSet<>();
        for (ProgrammeDraft.Donor donor : d.donors()) {
            if (donor == null || donor.organisationId() == null) {
                errors.put("donors", "validation.required");
            } else if (!donorIds.add(donor.organisationId())) {
                errors.put("donors", "programme.organisation.twice");
            } else {
                organisations.add(donor.organisationId());
                if (donor.grantReference() != null && donor.grantReference().strip().length() > GRANT) {
                    errors.put("donors", "validation.too.long");
                }
            }
        }
        if (d.implementers().stream().anyMatch(Objects::isNull) || d.partners().stream().anyMatch(Objects::isNull)) {
            errors.put("implementers", "validation.required");
        } else {
            organisations.addAll(d.implementers());
            organisations.addAll(d.partners());
        }
        if (!organisations.isEmpty() && directory.organisations(organisations.stream().map(OrganisationId::new)
                .toList()).size() != organisations.size()) {
            errors.put("implementers", "programme.organisation.unknown");
        }
        if (d.implementers().isEmpty()) {
            errors.putIfAbsent("implementers", "programme.implementers.required");
        } else if (!access.canEdit(user, d.implementers())) {
            // an implementer may not hand the programme to other organisations only
            errors.putIfAbsent("implementers", "programme.implementers.own");
        }
        // countries
        Set<String> seen = new HashSet<>();
        for (ProgrammeDraft.Country c : d.countries()) {
            if (c == null || Texts.isBlank(c.code()) || c.joinedOn() == null) {
                errors.put("countries", "programme.country.required");
            } else if (!countries.exists(c.code().strip())) {
                errors.put("countries", "programme.country.unknown");
            } else if (!seen.add(c.code().strip())) {
                errors.put("countries", "programme.country.twice");
            } else if (d.startsOn() != null && c.joinedOn().isBefore(d.startsOn())
                    || d.endsOn() != null && c.joinedOn().isAfter(d.endsOn())) {
                errors.put("countries", "programme.country.outside");
            }
        }
        // phases within the programme's period
        for (ProgrammeDraft.Phase p : d.phases()) {
            if (p == null || Texts.isBlank(p.name()) || p.startsOn() == null) {
                errors.put("phases", "programme.phase.required");
            } else if (p.name().strip().length() > NAME) {
                errors.put("phases", "validation.too.long");
            } else if (p.endsOn() != null && p.endsOn().isBefore(p.startsOn())) {
                errors.put("phases", "programme.period.endBeforeStart");
            } else if (d.startsOn() != null && p.startsOn().isBefore(d.startsOn())
                    || d.endsOn() != null && (p.endsOn() == null || p.endsOn().isAfter(d.endsOn()))) {
                errors.put("phases", "programme.phase.outside");
            }
        }
        // budget: every line in a known ISO 4217 currency, amounts not negative
        if (d.budget().size() > MAX_LINES) {
            errors.put("budget", "validation.too.long");
        }
        for (ProgrammeDraft.Budget b : d.budget()) {
            if (b == null || Texts.isBlank(b.label()) || b.planned() == null || Texts.isBlank(b.currency())) {
                errors.put("budget", "programme.budget.required");
            } else if (!isCurrency(b.currency().strip())) {
                errors.put("budget", "programme.currency.unknown");
            } else if (b.label().strip().length() > NAME) {
                errors.put("budget", "validation.too.long");
            } else if (b.planned().signum() < 0 || b.received() != null && b.received().signum() < 0
                    || b.spent() != null && b.spent().signum() < 0) {
                errors.put("budget", "programme.budget.negative");
            } else if (b.planned().compareTo(new BigDecimal("99999999999999")) > 0
                    || b.received() != null && b.received().compareTo(new BigDecimal("99999999999999")) > 0
                    || b.spent() != null && b.spent().compareTo(new BigDecimal("99999999999999")) > 0) {
                errors.put("budget", "validation.too.long");
            }
        }
        // plan activities and documents
        if (d.activities().stream().anyMatch(Objects::isNull)
                || activities.activities(d.activities()).size() != new HashSet<>(d.activities()).size()) {
            errors.put("activities", "programme.activity.unknown");
        }
        if (d.documents().size() > MAX_LINES) {
            errors.put("documents", "validation.too.long");
        }
        for (ProgrammeDraft.Document doc : d.documents()) {
            if (doc == null || Texts.isBlank(doc.url()) || doc.url().strip().length() > URL
                    || !doc.url().strip().matches("(?i)^https?://[^\\s<>\"]+$")) {
                errors.putIfAbsent("documents", "programme.document.url");
            } else if (doc.title() != null && doc.title().strip().length() > TITLE) {
                errors.putIfAbsent("documents", "validation.too.long");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The names of these organisations (acronym when it has one), by id. */
    Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        for (Map.Entry<OrganisationId, Organisation> e : directory.organisations(ids.stream().distinct()
                .map(OrganisationId::new).toList()).entrySet()) {
            Organisation o = e.getValue();
            names.put(e.getKey().value(), o.acronym() == null ? o.name() : o.name() + " (" + o.acronym() + ")");
        }
        return names;
    }

    /** Every organisation of the directory, for the form. */
    public List<Organisation> organisations() {
        return directory.organisations();
    }

    static List<Long> none() {
        return new ArrayList<>();
    }
}
