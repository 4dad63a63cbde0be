package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Directory;
import org.sankofa.directory.OrganisationId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.events.PlanAdopted;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and their tree: reading, creating and changing them under the rules of {@link PlanAccess}, with optimistic
 * locking ({@code error.stale}, 409) and an audit entry for every change.
 * <p>
 * Succession: when a plan that supersedes another takes effect (any status but DRAFT), the older plan becomes
 * SUPERSEDED — unless it has already EXPIRED (it ran its full term and was not cut short). A plan is superseded by
 * at most one plan, and succession never loops.
 * <p>
 * Adoption: a plan that becomes adopted or in force with its day of adoption on record (on creation or by a change)
 * publishes {@link PlanAdopted} in the same transaction — once, on the way in, not on every later change.
 */
@Service
public class Plans {

    private static final Set<PlanStatus> RETIRED_BY_SUCCESSOR = Set.of(PlanStatus.DRAFT, PlanStatus.ADOPTED,
            PlanStatus.IN_FORCE);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Directory directory;
    private final Countries countries;
    private final PlanAccess access;
    private final ApplicationEventPublisher events;

    Plans(JdbcClient jdbc, AuditLog audit, Directory directory, Countries countries, PlanAccess access,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
        this.countries = countries;
        this.access = access;
        this.events = events;
    }

    // ---- reading

    public List<PlanSummary> search(PlanFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select p.id, p.title, p.scope, p.status, p.period_start, p.period_end,
                       coalesce(array(select country_code from plan_party where plan_id = p.id
                                      and country_code is not null order by country_code), '{}') as countries,
                       coalesce(array(select community_code from plan_party where plan_id = p.id
                                      and community_code is not null order by community_code), '{}') as communities
                from action_plan p where true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.scope() != null) {
            sql.append(" and p.scope = :scope");
            params.put("scope", filter.scope().name());
        }
        if (filter.status() != null) {
            sql.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.country() != null) {
            // the plans of the country, and those of the communities it belongs (or belonged) to during the plan
            sql.append(" ").append("""
                     and exists (select 1 from plan_party pp where pp.plan_id = p.id and (pp.country_code = :country
                         or pp.community_code in (select m.community_code from community_membership m
                             where m.country_code = :country
                             and m.joined_on <= coalesce(p.period_end, 'infinity'::date)
                             and (m.left_on is null or m.left_on > coalesce(p.period_start, '-infinity'::date)))))""");
            params.put("country", filter.country());
        }
        sql.append(" order by p.period_start desc nulls last, p.title, p.id");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getString("title"),
                        PlanScope.valueOf(rs.getString("scope")), PlanStatus.valueOf(rs.getString("status")),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        strings(rs.getArray("countries")), strings(rs.getArray("communities"))))
                .list();
    }

    public Optional<Plan> plan(PlanId id) {
        Optional<Plan> plan = jdbc.sql("""
                select p.*, s.title as supersedes_title, nx.id as superseded_by_id, nx.title as superseded_by_title,
                       o.name as coordinating_org_name
                from action_plan p
                left join action_plan s on s.id = p.supersedes_id
                left join action_plan nx on nx.supersedes_id = p.id
                left join organisation o on o.id = p.coordinating_org_id
                where p.id = ?""").param(id.value()).query((rs, n) -> new Plan(rs.getLong("id"), rs.getString("title"),
                PlanScope.valueOf(rs.getString("scope")), PlanStatus.valueOf(rs.getString("status")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getObject("adopted_on", LocalDate.class), precision(rs.getString("adopted_precision")),
                rs.getString("adopted_place"), rs.getObject("launched_on", LocalDate.class),
                rs.getString("launched_place"), nullableLong(rs, "supersedes_id"), rs.getString("supersedes_title"),
                nullableLong(rs, "superseded_by_id"), rs.getString("superseded_by_title"),
                nullableLong(rs, "coordinating_org_id"), rs.getString("coordinating_org_name"),
                rs.getString("coordinating_body"), rs.getString("description"), rs.getString("source"),
                List.of(), List.of(), List.of(), List.of(), rs.getInt("version"))).optional();
        return plan.map(p -> {
            List<String> countryCodes = jdbc.sql("select country_code from plan_party where plan_id = ? "
                    + "and country_code is not null order by country_code").param(id.value()).query(String.class).list();
            List<String> communityCodes = jdbc.sql("select community_code from plan_party where plan_id = ? "
                    + "and community_code is not null order by community_code").param(id.value()).query(String.class).list();
            List<Partner> partners = jdbc.sql("""
                    select pp.kind, pp.organisation_id, o.name as org_name, pp.name, pp.note
                    from plan_partner pp left join organisation o on o.id = pp.organisation_id
                    where pp.plan_id = ? order by pp.kind, pp.position, pp.id""").param(id.value())
                    .query((rs, n) -> new Partner(PartnerKind.valueOf(rs.getString("kind")),
                            nullableLong(rs, "organisation_id"), rs.getString("org_name"), rs.getString("name"),
                            rs.getString("note"))).list();
            List<PlanDocument> documents = jdbc.sql(
                    "select title, url from plan_document where plan_id = ? order by position, id").param(id.value())
                    .query((rs, n) -> new PlanDocument(rs.getString("title"), rs.getString("url"))).list();
            return new Plan(p.id(), p.title(), p.scope(), p.status(), p.periodStart(), p.periodEnd(), p.adoptedOn(),
                    p.adoptedPrecision(), p.adoptedPlace(), p.launchedOn(), p.launchedPlace(), p.supersedesId(),
                    p.supersedesTitle(), p.supersededById(), p.supersededByTitle(), p.coordinatingOrgId(),
                    p.coordinatingOrgName(), p.coordinatingBody(), p.description(), p.source(), countryCodes,
                    communityCodes, partners, documents, p.version());
        });
    }

    public Plan require(PlanId id) {
        return plan(id).orElseThrow(() -> new NotFoundException("plan"));
    }

    /** The parties of a plan, for the access rules. */
    public PlanAccess.Parties parties(PlanId planId) {
        Plan plan = require(planId);
        return parties(plan);
    }

    /** Whose plan it is, for the access rules. */
    public static PlanAccess.Parties parties(Plan plan) {
        return new PlanAccess.Parties(plan.scope(), plan.countries(), plan.communities());
    }

    public List<Area> areas(PlanId planId) {
        List<Activity> activities = jdbc.sql("""
                select a.*, lo.name as lead_org_name, fo.name as funder_org_name
                from plan_activity a
                join plan_objective o on o.id = a.objective_id
                join strategic_area sa on sa.id = o.area_id
                left join organisation lo on lo.id = a.lead_org_id
                left join organisation fo on fo.id = a.funder_org_id
                where sa.plan_id = ? order by a.position, a.id""").param(planId.value())
                .query((rs, n) -> activity(rs)).list();
        Map<Long, List<Activity>> byObjective = new LinkedHashMap<>();
        activities.forEach(a -> byObjective.computeIfAbsent(a.objectiveId(), k -> new ArrayList<>()).add(a));
        List<Objective> objectives = jdbc.sql("""
                select o.id, o.area_id, o.position, o.title from plan_objective o
                join strategic_area sa on sa.id = o.area_id where sa.plan_id = ? order by o.position, o.id""")
                .param(planId.value())
                .query((rs, n) -> new Objective(rs.getLong("id"), rs.getLong("area_id"), rs.getInt("position"),
                        rs.getString("title"), byObjective.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        Map<Long, List<Objective>> byArea = new LinkedHashMap<>();
        objectives.forEach(o -> byArea.computeIfAbsent(o.areaId(), k -> new ArrayList<>()).add(o));
        return jdbc.sql("select * from strategic_area where plan_id = ? order by position, id").param(planId.value())
                .query((rs, n) -> new Area(rs.getLong("id"), planId.value(), rs.getInt("position"), rs.getString("title"),
                        Pillar.valueOf(rs.getString("pillar")), rs.getString("description"),
                        byArea.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public Optional<Activity> activity(long id) {
        return jdbc.sql("""
                select a.*, lo.name as lead_org_name, fo.name as funder_org_name from plan_activity a
                left join organisation lo on lo.id = a.lead_org_id left join organisation fo on fo.id = a.funder_org_id
                where a.id = ?""").param(id).query((rs, n) -> activity(rs)).optional();
    }

    /** The plan an area, objective or activity belongs to. */
    public PlanId planOfArea(long areaId) {
        return jdbc.sql("select plan_id from strategic_area where id = ?").param(areaId).query(Long.class)
                .optional().map(PlanId::of).orElseThrow(() -> new NotFoundException("area"));
    }

    public PlanId planOfObjective(long objectiveId) {
        return jdbc.sql("select sa.plan_id from plan_objective o join strategic_area sa on sa.id = o.area_id "
                + "where o.id = ?").param(objectiveId).query(Long.class).optional().map(PlanId::of)
                .orElseThrow(() -> new NotFoundException("objective"));
    }

    public PlanId planOfActivity(long activityId) {
        return jdbc.sql("""
                select sa.plan_id from plan_activity a join plan_objective o on o.id = a.objective_id
                join strategic_area sa on sa.id = o.area_id where a.id = ?""").param(activityId).query(Long.class)
                .optional().map(PlanId::of).orElseThrow(() -> new NotFoundException("activity"));
    }

    // ---- changing plans

    @Transactional
    public Plan create(PlanDraft draft, CurrentUser user) {
        if (!access.mayCreate(user)) {
            throw new AccessDeniedException("may not create plans");
        }
        check(draft, null);
        if (!access.canEdit(user, new PlanAccess.Parties(draft.scope(), draft.countries(), draft.communities()))) {
            throw new AccessDeniedException("not a plan of the user's scope");
        }
        long id = jdbc.sql("""
                insert into action_plan (title, scope, status, period_start, period_end, adopted_on, adopted_precision,
                    adopted_place, launched_on, launched_place, coordinating_org_id, coordinating_body, description,
                    source, created_by)
                values (:title, :scope, :status, :start, :end, :adoptedOn, :precision, :adoptedPlace, :launchedOn,
                    :launchedPlace, :org, :body, :description, :source, :actor) returning id""")
                .params(columns(draft)).param("actor", user.getUsername()).query(Long.class).single();
        writeChildren(id, draft);
        succeed(id, draft, user);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_CREATED", "plan", id, "scope=" + draft.scope()));
        Plan created = require(PlanId.of(id));
        if (adopted(created)) {
            events.publishEvent(new PlanAdopted(created.planId(), created.scope().name(), created.adoptedOn()));
        }
        return created;
    }

    @Transactional
    public Plan update(PlanId planId, int expectedVersion, PlanDraft draft, CurrentUser user) {
        Plan current = require(planId);
        long id = planId.value();
        if (!access.canEdit(user, parties(current))) {
            throw new AccessDeniedException("not a plan of the user's scope");
        }
        check(draft, id);
        if (!access.canEdit(user, new PlanAccess.Parties(draft.scope(), draft.countries(), draft.communities()))) {
            throw new AccessDeniedException("the changed plan would leave the user's scope");
        }
        int updated = jdbc.sql("""
                update action_plan set title = :title, scope = :scope, status = :status, period_start = :start,
                    period_end = :end, adopted_on = :adoptedOn, adopted_precision = :precision,
                    adopted_place = :adoptedPlace, launched_on = :launchedOn, launched_place = :launchedPlace,
                    coordinating_org_id = :org, coordinating_body = :body, description = :description,
                    source = :source, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(columns(draft)).param("id", id).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        if (current.supersedesId() != null && !current.supersedesId().equals(draft.supersedesId())) {
            jdbc.sql("update action_plan set supersedes_id = null where id = ?").param(id).update();
        }
        jdbc.sql("delete from plan_party where plan_id = ?").param(id).update();
        jdbc.sql("delete from plan_partner where plan_id = ?").param(id).update();
        jdbc.sql("delete from plan_document where plan_id = ?").param(id).update();
        writeChildren(id, draft);
        succeed(id, draft, user);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_UPDATED", "plan", id,
                "fields=" + String.join(",", changedFields(current, draft))));
        Plan changed = require(planId);
        if (adopted(changed) && !adopted(current)) {
            events.publishEvent(new PlanAdopted(planId, changed.scope().name(), changed.adoptedOn()));
        }
        return changed;
    }

    /** Deletes a draft plan (and its tree); a plan that was adopted stays on record (409). */
    @Transactional
    public void delete(PlanId planId, int expectedVersion, CurrentUser user) {
        Plan plan = require(planId);
        long id = planId.value();
        if (!access.canEdit(user, parties(plan))) {
            throw new AccessDeniedException("not a plan of the user's scope");
        }
        if (plan.status() != PlanStatus.DRAFT) {
            throw new ConflictException("plan.delete.notDraft");
        }
        if (plan.supersededById() != null) {
            throw new ConflictException("plan.delete.superseded");
        }
        int deleted = jdbc.sql("delete from action_plan where id = ? and version = ?").params(id, expectedVersion)
                .update();
        if (deleted == 0) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_DELETED", "plan", id, null));
    }

    /** Whether the plan counts as adopted: adopted or in force, with its day of adoption on record. */
    static boolean adopted(Plan plan) {
        return (plan.status() == PlanStatus.ADOPTED || plan.status() == PlanStatus.IN_FORCE)
                && plan.adoptedOn() != null;
    }

    private void succeed(long id, PlanDraft draft, CurrentUser user) {
        if (draft.supersedesId() == null) {
            return;
        }
        long older = draft.supersedesId();
        Long takenBy = jdbc.sql("select id from action_plan where supersedes_id = ? and id <> ?").params(older, id)
                .query(Long.class).optional().orElse(null);
        if (takenBy != null) {
            throw InvalidInputException.of("supersedes", "plan.supersedes.taken");
        }
        // no loop: the older plan may not (through its own predecessors) be this plan
        List<Long> chain = jdbc.sql("""
                with recursive chain(id, supersedes_id) as (
                    select id, supersedes_id from action_plan where id = ?
                    union all
                    select p.id, p.supersedes_id from action_plan p join chain c on p.id = c.supersedes_id)
                select id from chain""").param(older).query(Long.class).list();
        if (chain.contains(id)) {
            throw InvalidInputException.of("supersedes", "plan.supersedes.loop");
        }
        jdbc.sql("update action_plan set supersedes_id = ? where id = ?").params(older, id).update();
        Plan previous = require(PlanId.of(older));
        if (draft.status() != PlanStatus.DRAFT && RETIRED_BY_SUCCESSOR.contains(previous.status())) {
            if (!access.canEdit(user, parties(previous))) {
                throw InvalidInputException.of("supersedes", "plan.supersedes.notYours");
            }
            jdbc.sql("update action_plan set status = 'SUPERSEDED', version = version + 1, updated_at = now() "
                    + "where id = ?").param(older).update();
            audit.record(AuditEvent.of(user.getUsername(), "PLAN_SUPERSEDED", "plan", older, "by=" + id));
        }
    }

    private void writeChildren(long id, PlanDraft draft) {
        for (String country : new TreeSet<>(draft.countries())) {
            jdbc.sql("insert into plan_party (plan_id, country_code) values (?, ?)").params(id, country).update();
        }
        for (String community : new TreeSet<>(draft.communities())) {
            jdbc.sql("insert into plan_party (plan_id, community_code) values (?, ?)").params(id, community).update();
        }
        int position = 0;
        for (Partner p : draft.partners()) {
            jdbc.sql("insert into plan_partner (plan_id, kind, organisation_id, name, note, position) "
                    + "values (?, ?, ?, ?, ?, ?)")
                    .params(id, p.kind().name(), p.organisationId(), blankToNull(p.name()), blankToNull(p.note()),
                            position++).update();
        }
        position = 0;
        for (PlanDocument d : draft.documents()) {
            jdbc.sql("insert into plan_document (plan_id, title, url, position) values (?, ?, ?, ?)")
                    .params(id, d.title().strip(), d.url().strip(), position++).update();
        }
    }

    private static Map<String, Object> columns(PlanDraft d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", d.title().strip());
        c.put("scope", d.scope().name());
        c.put("status", d.status().name());
        c.put("start", d.periodStart());
        c.put("end", d.periodEnd());
        c.put("adoptedOn", d.adoptedOn());
        c.put("precision", d.adoptedOn() == null ? null
                : (d.adoptedPrecision() == null ? DatePrecision.DAY : d.adoptedPrecision()).name());
        c.put("adoptedPlace", blankToNull(d.adoptedPlace()));
        c.put("launchedOn", d.launchedOn());
        c.put("launchedPlace", blankToNull(d.launchedPlace()));
        c.put("org", d.coordinatingOrgId());
        c.put("body", blankToNull(d.coordinatingBody()));
        c.put("description", blankToNull(d.description()));
        c.put("source", blankToNull(d.source()));
        return c;
    }

    /** Checks every field and throws one 422 naming all the wrong ones. */
    private void check(PlanDraft d, Long id) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "title", d.title(), true, 300);
        if (d.scope() == null) {
            errors.put("scope", "validation.required");
        }
        if (d.status() == null) {
            errors.put("status", "validation.required");
        }
        if (d.periodStart() != null && d.periodEnd() != null && d.periodStart().isAfter(d.periodEnd())) {
            errors.put("periodEnd", "plan.period.order");
        }
        text(errors, "adoptedPlace", d.adoptedPlace(), false, 120);
        text(errors, "launchedPlace", d.launchedPlace(), false, 120);
        text(errors, "coordinatingBody", d.coordinatingBody(), false, 300);
        text(errors, "description", d.description(), false, 4000);
        text(errors, "source", d.source(), false, 1000);
        for (String country : d.countries()) {
            if (!countries.exists(country)) {
                errors.put("countries", "plan.party.country.unknown");
            }
        }
        Set<String> known = Set.copyOf(directory.communityCodes());
        for (String community : d.communities()) {
            if (!known.contains(community)) {
                errors.put("communities", "plan.party.community.unknown");
            }
        }
        if (d.scope() != null && !errors.containsKey("countries") && !errors.containsKey("communities")) {
            int c = d.countries().size();
            int r = d.communities().size();
            String wrong = switch (d.scope()) {
                case NATIONAL -> c == 1 && r == 0 ? null : "plan.party.national";
                case REGIONAL -> r == 1 ? null : "plan.party.regional";
                case BI_REGIONAL -> r == 2 ? null : "plan.party.biRegional";
                case INTERREGIONAL -> c + r >= 1 ? null : "plan.party.required";
            };
            if (wrong != null) {
                errors.put("parties", wrong);
            }
        }
        if (d.coordinatingOrgId() != null && directory.organisation(new OrganisationId(d.coordinatingOrgId())).isEmpty()) {
            errors.put("coordinatingOrgId", "plan.organisation.unknown");
        }
        if (d.supersedesId() != null) {
            if (d.supersedesId().equals(id)) {
                errors.put("supersedes", "plan.supersedes.self");
            } else if (d.supersedesId() <= 0 || plan(PlanId.of(d.supersedesId())).isEmpty()) {
                errors.put("supersedes", "plan.supersedes.unknown");
            }
        }
        for (Partner p : d.partners()) {
            if (p.kind() == null || (p.organisationId() == null && isBlank(p.name()))) {
                errors.put("partners", "plan.partner.invalid");
            } else if (p.organisationId() != null
                    && directory.organisation(new OrganisationId(p.organisationId())).isEmpty()) {
                errors.put("partners", "plan.organisation.unknown");
            } else if ((p.name() != null && p.name().length() > 300) || (p.note() != null && p.note().length() > 500)) {
                errors.put("partners", "validation.too.long");
            }
        }
        for (PlanDocument doc : d.documents()) {
            if (isBlank(doc.title()) || doc.title().length() > 300 || doc.url() == null
                    || !doc.url().strip().matches("(?i)^https?://\\S+$") || doc.url().length() > 500) {
                errors.put("documents", "plan.document.invalid");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static List<String> changedFields(Plan p, PlanDraft d) {
        List<String> f = new ArrayList<>();
        if (!p.title().equals(d.title().strip())) f.add("title");
        if (p.scope() != d.scope()) f.add("scope");
        if (p.status() != d.status()) f.add("status");
        if (!java.util.Objects.equals(p.periodStart(), d.periodStart())
                || !java.util.Objects.equals(p.periodEnd(), d.periodEnd())) f.add("period");
        if (!java.util.Objects.equals(p.adoptedOn(), d.adoptedOn())
                || !java.util.Objects.equals(p.adoptedPlace(), blankToNull(d.adoptedPlace()))) f.add("adoption");
        if (!java.util.Objects.equals(p.launchedOn(), d.launchedOn())
                || !java.util.Objects.equals(p.launchedPlace(), blankToNull(d.launchedPlace()))) f.add("launch");
        if (!java.util.Objects.equals(p.supersedesId(), d.supersedesId())) f.add("supersedes");
        if (!java.util.Objects.equals(p.coordinatingOrgId(), d.coordinatingOrgId())
                || !java.util.Objects.equals(p.coordinatingBody(), blankToNull(d.coordinatingBody()))) f.add("coordinatingBody");
        if (!java.util.Objects.equals(p.description(), blankToNull(d.description()))) f.add("description");
        if (!new TreeSet<>(p.countries()).equals(new TreeSet<>(d.countries()))
                || !new TreeSet<>(p.communities()).equals(new TreeSet<>(d.communities()))) f.add("parties");
        if (!p.partners().stream().map(x -> List.of(x.kind(), String.valueOf(x.organisationId()), String.valueOf(x.name())))
                .toList().equals(d.partners().stream().map(x -> List.of(x.kind(), String.valueOf(x.organisationId()),
                        String.valueOf(blankToNull(x.name())))).toList())) f.add("partners");
        if (!p.documents().equals(d.documents())) f.add("documents");
        return f;
    }

    // ---- the tree

    @Transactional
    public long addArea(PlanId planId, String title, Pillar pillar, String description, CurrentUser user) {
        requireEditor(planId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "title", title, true, 300);
        text(errors, "description", description, false, 2000);
        if (pillar == null) {
            errors.put("pillar", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                insert into strategic_area (plan_id, position, title, pillar, description)
                values (?, (select coalesce(max(position), 0) + 1 from strategic_area where plan_id = ?), ?, ?, ?)
                returning id""").params(planId.value(), planId.value(), title.strip(), pillar.name(),
                        blankToNull(description))
                .query(Long.class).single();
        touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_AREA_ADDED", "plan", planId.value(), "area=" + id));
        return id;
    }

    @Transactional
    public long addObjective(long areaId, String title, CurrentUser user) {
        PlanId planId = planOfArea(areaId);
        requireEditor(planId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "title", title, true, 300);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                insert into plan_objective (area_id, position, title)
                values (?, (select coalesce(max(position), 0) + 1 from plan_objective where area_id = ?), ?)
                returning id""").params(areaId, areaId, title.strip()).query(Long.class).single();
        touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_OBJECTIVE_ADDED", "plan", planId.value(),
                "objective=" + id));
        return id;
    }

    @Transactional
    public Activity addActivity(long objectiveId, ActivityDraft draft, CurrentUser user) {
        PlanId planId = planOfObjective(objectiveId);
        requireEditor(planId, user);
        check(draft);
        long id = jdbc.sql("""
                insert into plan_activity (objective_id, position, title, lead_org_id, lead_text, supporting_org_ids,
                    supporting_text, planned_start, planned_end, actual_start, actual_end, status, budget_planned,
                    budget_secured, budget_spent, currency, funder_org_id, funder_text)
                values (:objective, (select coalesce(max(position), 0) + 1 from plan_activity
                        where objective_id = :objective), :title, :lead, :leadText, :supporting, :supportingText,
                    :plannedStart, :plannedEnd, :actualStart, :actualEnd, :status, :planned, :secured, :spent,
                    :currency, :funder, :funderText)
                returning id""").params(columns(draft)).param("objective", objectiveId).query(Long.class).single();
        touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_ACTIVITY_ADDED", "plan", planId.value(),
                "activity=" + id));
        return activity(id).orElseThrow();
    }

    @Transactional
    public Activity updateActivity(long activityId, int expectedVersion, ActivityDraft draft, CurrentUser user) {
        PlanId planId = planOfActivity(activityId);
        requireEditor(planId, user);
        check(draft);
        int updated = jdbc.sql("""
                update plan_activity set title = :title, lead_org_id = :lead, lead_text = :leadText,
                    supporting_org_ids = :supporting, supporting_text = :supportingText,
                    planned_start = :plannedStart, planned_end = :plannedEnd, actual_start = :actualStart,
                    actual_end = :actualEnd, status = :status, budget_planned = :planned, budget_secured = :secured,
                    budget_spent = :spent, currency = :currency, funder_org_id = :funder, funder_text = :funderText,
                    version = version + 1
                where id = :id and version = :version""").params(columns(draft)).param("id", activityId)
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_ACTIVITY_UPDATED", "plan", planId.value(),
                "activity=" + activityId));
        return activity(activityId).orElseThrow();
    }

    @Transactional
    public void deleteActivity(long activityId, CurrentUser user) {
        PlanId planId = planOfActivity(activityId);
        requireEditor(planId, user);
        jdbc.sql("delete from plan_activity where id = ?").param(activityId).update();
        touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_ACTIVITY_DELETED", "plan", planId.value(),
                "activity=" + activityId));
    }

    void requireEditor(PlanId planId, CurrentUser user) {
        editable(planId, user);
    }

    /** The plan, when the user may edit it (404 when there is none, 403 when it is outside their scope). */
    public Plan editable(PlanId planId, CurrentUser user) {
        Plan plan = require(planId);
        if (!access.canEdit(user, parties(plan))) {
            throw new AccessDeniedException("not a plan of the user's scope");
        }
        return plan;
    }

    private void touch(PlanId planId) {
        jdbc.sql("update action_plan set updated_at = now() where id = ?").param(planId.value()).update();
    }

    private void check(ActivityDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "title", d.title(), true, 300);
        text(errors, "leadText", d.leadText(), false, 300);
        text(errors, "supportingText", d.supportingText(), false, 500);
        text(errors, "funderText", d.funderText(), false, 300);
        if (d.status() == null) {
            errors.put("status", "validation.required");
        }
        if (d.plannedStart() != null && d.plannedEnd() != null && d.plannedStart().isAfter(d.plannedEnd())) {
            errors.put("plannedEnd", "plan.period.order");
        }
        if (d.actualStart() != null && d.actualEnd() != null && d.actualStart().isAfter(d.actualEnd())) {
            errors.put("actualEnd", "plan.period.order");
        }
        for (var amount : Map.of("budgetPlanned", Optional.ofNullable(d.budgetPlanned()),
                "budgetSecured", Optional.ofNullable(d.budgetSecured()),
                "budgetSpent", Optional.ofNullable(d.budgetSpent())).entrySet()) {
            amount.getValue().ifPresent(v -> {
                if (v.signum() < 0 || v.compareTo(new BigDecimal("99999999999999")) > 0 || v.scale() > 2) {
                    errors.put(amount.getKey(), "plan.budget.invalid");
                }
            });
        }
        boolean anyAmount = d.budgetPlanned() != null || d.budgetSecured() != null || d.budgetSpent() != null;
        if (d.currency() != null && !d.currency().isBlank()) {
            if (!isCurrency(d.currency())) {
                errors.put("currency", "plan.currency.invalid");
            }
        } else if (anyAmount) {
            errors.put("currency", "plan.currency.required");
        }
        for (Long org : d.supportingOrgIds()) {
            if (org == null || directory.organisation(new OrganisationId(org)).isEmpty()) {
                errors.put("supportingOrgIds", "plan.organisation.unknown");
            }
        }
        if (d.leadOrgId() != null && directory.organisation(new OrganisationId(d.leadOrgId())).isEmpty()) {
            errors.put("leadOrgId", "plan.organisation.unknown");
        }
        if (d.funderOrgId() != null && directory.organisation(new OrganisationId(d.funderOrgId())).isEmpty()) {
            errors.put("funderOrgId", "plan.organisation.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean isCurrency(String code) {
        if (!code.matches("^[A-Z]{3}$")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, Object> columns(ActivityDraft d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", d.title().strip());
        c.put("lead", d.leadOrgId());
        c.put("leadText", blankToNull(d.leadText()));
        c.put("supporting", d.supportingOrgIds().toArray(Long[]::new));
        c.put("supportingText", blankToNull(d.supportingText()));
        c.put("plannedStart", d.plannedStart());
        c.put("plannedEnd", d.plannedEnd());
        c.put("actualStart", d.actualStart());
        c.put("actualEnd", d.actualEnd());
        c.put("status", d.status().name());
        c.put("planned", d.budgetPlanned());
        c.put("secured", d.budgetSecured());
        c.put("spent", d.budgetSpent());
        c.put("currency", blankToNull(d.currency()));
        c.put("funder", d.funderOrgId());
        c.put("funderText", blankToNull(d.funderText()));
        return c;
    }

    private static Activity activity(ResultSet rs) throws SQLException {
        Array supporting = rs.getArray("supporting_org_ids");
        List<Long> supportingIds = supporting == null ? List.of()
                : Arrays.stream((Long[]) supporting.getArray()).toList();
        return new Activity(rs.getLong("id"), rs.getLong("objective_id"), rs.getInt("position"),
                rs.getString("title"), nullableLong(rs, "lead_org_id"), rs.getString("lead_org_name"),
                rs.getString("lead_text"), supportingIds, rs.getString("supporting_text"),
                rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                rs.getObject("actual_start", LocalDate.class), rs.getObject("actual_end", LocalDate.class),
                ActivityStatus.valueOf(rs.getString("status")), rs.getBigDecimal("budget_planned"),
                rs.getBigDecimal("budget_secured"), rs.getBigDecimal("budget_spent"), rs.getString("currency"),
                nullableLong(rs, "funder_org_id"), rs.getString("funder_org_name"), rs.getString("funder_text"),
                rs.getInt("version"));
    }

    // ---- helpers shared by the module

    static void text(Map<String, String> errors, String field, String value, boolean required, int max) {
        if (isBlank(value)) {
            if (required) {
                errors.put(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            errors.put(field, "validation.too.long");
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static DatePrecision precision(String value) {
        return value == null ? null : DatePrecision.valueOf(value);
    }
}
