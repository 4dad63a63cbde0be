package org.sankofa.plans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Communities;
import org.sankofa.directory.Membership;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.events.PlanAdopted;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans themselves: finding, reading, creating, changing and deleting them under the rules of {@link PlanAccess},
 * with optimistic locking ({@code error.stale}, 409) and an audit entry for every change. Their parties, partners and
 * documents are {@link PlanParties}', succession is {@link PlanSuccession}'s, their tree is {@link StrategicAreas}'
 * and {@link Activities}'.
 * <p>
 * Adoption: a plan that becomes adopted or in force with its day of adoption on record (on creation or by a change)
 * publishes {@link PlanAdopted} in the same transaction — once, on the way in, not on every later change.
 */
@Service
public class Plans {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Communities communities;
    private final OrganisationNames organisations;
    private final PlanAccess access;
    private final PlanParties parties;
    private final PlanSuccession succession;
    private final ApplicationEventPublisher events;

    Plans(JdbcClient jdbc, AuditLog audit, Communities communities, OrganisationNames organisations,
            PlanAccess access, PlanParties parties, PlanSuccession succession, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.communities = communities;
        this.organisations = organisations;
        this.access = access;
        this.parties = parties;
        this.succession = succession;
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
        List<Membership> memberships = List.of();
        if (filter.country() != null) {
            // the plans of the country, and those of the communities it belongs (or belonged) to during the plan:
            // the communities here, the dates below
            memberships = communities.memberships(filter.country());
            sql.append(" ").append("""
                     and exists (select 1 from plan_party pp where pp.plan_id = p.id
                         and (pp.country_code = :country or pp.community_code = any(:communities)))""");
            params.put("country", filter.country());
            params.put("communities", memberships.stream().map(Membership::communityCode).distinct()
                    .toArray(String[]::new));
        }
        sql.append(" order by p.period_start desc nulls last, p.title, p.id");
        List<PlanSummary> found = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getString("title"),
                        PlanScope.valueOf(rs.getString("scope")), PlanStatus.valueOf(rs.getString("status")),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        PlanFields.strings(rs.getArray("countries")), PlanFields.strings(rs.getArray("communities"))))
                .list();
        if (filter.country() == null) {
            return found;
        }
        List<Membership> held = memberships;
        return found.stream().filter(p -> p.countries().contains(filter.country())
                || held.stream().anyMatch(m -> p.communities().contains(m.communityCode()) && during(m, p))).toList();
    }

    /** Whether the membership was in force on a day of the plan's period (an open end runs for ever). */
    private static boolean during(Membership m, PlanSummary plan) {
        return (plan.periodEnd() == null || !m.joinedOn().isAfter(plan.periodEnd()))
                && (m.leftOn() == null || plan.periodStart() == null || m.leftOn().isAfter(plan.periodStart()));
    }

    public Optional<Plan> plan(PlanId id) {
        Optional<Plan> plan = jdbc.sql("""
                select p.*, s.title as supersedes_title, nx.id as superseded_by_id, nx.title as superseded_by_title
                from action_plan p
                left join action_plan s on s.id = p.supersedes_id
                left join action_plan nx on nx.supersedes_id = p.id
                where p.id = ?""").param(id.value()).query((rs, n) -> new Plan(rs.getLong("id"), rs.getString("title"),
                PlanScope.valueOf(rs.getString("scope")), PlanStatus.valueOf(rs.getString("status")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getObject("adopted_on", LocalDate.class), precision(rs.getString("adopted_precision")),
                rs.getString("adopted_place"), rs.getObject("launched_on", LocalDate.class),
                rs.getString("launched_place"), PlanFields.nullableLong(rs, "supersedes_id"), rs.getString("supersedes_title"),
                PlanFields.nullableLong(rs, "superseded_by_id"), rs.getString("superseded_by_title"),
                PlanFields.nullableLong(rs, "coordinating_org_id"), null,
                rs.getString("coordinating_body"), rs.getString("description"), rs.getString("source"),
                List.of(), List.of(), List.of(), List.of(), rs.getInt("version"))).optional();
        return plan.map(p -> {
            PlanParties.Of of = parties.of(id);
            // the organisations named, in one lookup
            List<Long> named = new ArrayList<>(of.partners().stream().map(Partner::organisationId).toList());
            named.add(p.coordinatingOrgId());
            Map<Long, String> names = organisations.of(named);
            List<Partner> partners = of.partners().stream().map(x -> new Partner(x.kind(), x.organisationId(),
                    names.get(x.organisationId()), x.name(), x.note())).toList();
            return new Plan(p.id(), p.title(), p.scope(), p.status(), p.periodStart(), p.periodEnd(), p.adoptedOn(),
                    p.adoptedPrecision(), p.adoptedPlace(), p.launchedOn(), p.launchedPlace(), p.supersedesId(),
                    p.supersedesTitle(), p.supersededById(), p.supersededByTitle(), p.coordinatingOrgId(),
                    names.get(p.coordinatingOrgId()), p.coordinatingBody(), p.description(), p.source(),
                    of.countries(), of.communities(), partners, of.documents(), p.version());
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
        parties.write(id, draft);
        succession.succeed(id, draft, user);
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
        succession.release(current, draft);
        parties.replace(id, draft);
        succession.succeed(id, draft, user);
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
        c.put("adoptedPlace", Texts.blankToNull(d.adoptedPlace()));
        c.put("launchedOn", d.launchedOn());
        c.put("launchedPlace", Texts.blankToNull(d.launchedPlace()));
        c.put("org", d.coordinatingOrgId());
        c.put("body", Texts.blankToNull(d.coordinatingBody()));
        c.put("description", Texts.blankToNull(d.description()));
        c.put("source", Texts.blankToNull(d.source()));
        return c;
    }

    /** Checks every field and throws one 422 naming all the wrong ones. */
    private void check(PlanDraft d, Long id) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "title", d.title(), true, 300);
        if (d.scope() == null) {
            errors.put("scope", "validation.required");
        }
        if (d.status() == null) {
            errors.put("status", "validation.required");
        }
        if (d.periodStart() != null && d.periodEnd() != null && d.periodStart().isAfter(d.periodEnd())) {
            errors.put("periodEnd", "plan.period.order");
        }
        Texts.check(errors, "adoptedPlace", d.adoptedPlace(), false, 120);
        Texts.check(errors, "launchedPlace", d.launchedPlace(), false, 120);
        Texts.check(errors, "coordinatingBody", d.coordinatingBody(), false, 300);
        Texts.check(errors, "description", d.description(), false, 4000);
        Texts.check(errors, "source", d.source(), false, 1000);
        parties.checkParties(d, errors);
        if (d.coordinatingOrgId() != null && organisations.of(List.of(d.coordinatingOrgId())).isEmpty()) {
            errors.put("coordinatingOrgId", "plan.organisation.unknown");
        }
        succession.check(d, id, errors);
        parties.checkPartners(d, errors);
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
                || !java.util.Objects.equals(p.adoptedPlace(), Texts.blankToNull(d.adoptedPlace()))) f.add("adoption");
        if (!java.util.Objects.equals(p.launchedOn(), d.launchedOn())
                || !java.util.Objects.equals(p.launchedPlace(), Texts.blankToNull(d.launchedPlace()))) f.add("launch");
        if (!java.util.Objects.equals(p.supersedesId(), d.supersedesId())) f.add("supersedes");
        if (!java.util.Objects.equals(p.coordinatingOrgId(), d.coordinatingOrgId())
                || !java.util.Objects.equals(p.coordinatingBody(), Texts.blankToNull(d.coordinatingBody()))) f.add("coordinatingBody");
        if (!java.util.Objects.equals(p.description(), Texts.blankToNull(d.description()))) f.add("description");
        if (!new TreeSet<>(p.countries()).equals(new TreeSet<>(d.countries()))
                || !new TreeSet<>(p.communities()).equals(new TreeSet<>(d.communities()))) f.add("parties");
        if (!p.partners().stream().map(x -> List.of(x.kind(), String.valueOf(x.organisationId()), String.valueOf(x.name())))
                .toList().equals(d.partners().stream().map(x -> List.of(x.kind(), String.valueOf(x.organisationId()),
                        String.valueOf(Texts.blankToNull(x.name())))).toList())) f.add("partners");
        if (!p.documents().equals(d.documents())) f.add("documents");
        return f;
    }

    /** 404 when there is no such plan, 403 when the user may not edit it. */
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

    /** Marks the plan as changed now (a change to its tree). */
    void touch(PlanId planId) {
        jdbc.sql("update action_plan set updated_at = now() where id = ?").param(planId.value()).update();
    }

    private static DatePrecision precision(String value) {
        return value == null ? null : DatePrecision.valueOf(value);
    }
}
