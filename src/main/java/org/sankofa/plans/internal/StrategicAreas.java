package org.sankofa.plans.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree of a plan: its strategic areas (each tagged with a pillar), their objectives and the objectives'
 * activities ({@link Activities} changes those), in their order; and which plan an area, objective or activity
 * belongs to. The tree of several plans is read in as many queries as the tree of one. Adding to the tree needs the
 * right to edit the plan and leaves an audit entry.
 */
@Service
public class StrategicAreas {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Plans plans;
    private final OrganisationNames organisations;

    StrategicAreas(JdbcClient jdbc, AuditLog audit, Plans plans, OrganisationNames organisations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.plans = plans;
        this.organisations = organisations;
    }

    /** The areas of a plan with their objectives and activities (three queries). */
    public List<Area> of(PlanId planId) {
        return of(List.of(planId)).get(planId);
    }

    /**
     * The areas of each plan with their objectives and activities, in three queries (and one directory lookup for
     * the organisations named) whatever the number of plans.
     */
    public Map<PlanId, List<Area>> of(Collection<PlanId> planIds) {
        Map<PlanId, List<Area>> byPlan = new LinkedHashMap<>();
        planIds.forEach(id -> byPlan.put(id, new ArrayList<>()));
        if (planIds.isEmpty()) {
            return byPlan;
        }
        Long[] ids = planIds.stream().map(PlanId::value).distinct().toArray(Long[]::new);
        List<Activity> activities = jdbc.sql("""
                select a.* from plan_activity a
                join plan_objective o on o.id = a.objective_id
                join strategic_area sa on sa.id = o.area_id
                where sa.plan_id = any(?) order by a.position, a.id""").param(ids)
                .query((rs, n) -> Activities.activity(rs)).list();
        activities = Activities.named(activities, organisations);
        Map<Long, List<Activity>> byObjective = new LinkedHashMap<>();
        activities.forEach(a -> byObjective.computeIfAbsent(a.objectiveId(), k -> new ArrayList<>()).add(a));
        List<Objective> objectives = jdbc.sql("""
                select o.id, o.area_id, o.position, o.title from plan_objective o
                join strategic_area sa on sa.id = o.area_id where sa.plan_id = any(?) order by o.position, o.id""")
                .param(ids)
                .query((rs, n) -> new Objective(rs.getLong("id"), rs.getLong("area_id"), rs.getInt("position"),
                        rs.getString("title"), byObjective.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        Map<Long, List<Objective>> byArea = new LinkedHashMap<>();
        objectives.forEach(o -> byArea.computeIfAbsent(o.areaId(), k -> new ArrayList<>()).add(o));
        jdbc.sql("select * from strategic_area where plan_id = any(?) order by position, id").param(ids)
                .query((rs, n) -> new Area(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"),
                        rs.getString("title"), Pillar.valueOf(rs.getString("pillar")), rs.getString("description"),
                        byArea.getOrDefault(rs.getLong("id"), List.of())))
                .list().forEach(area -> byPlan.get(PlanId.of(area.planId())).add(area));
        return byPlan;
    }

    /** The plan an area belongs to (404 when there is no such area). */
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

    /** Checks an area to add: a title, a pillar, texts not too long (422 naming each wrong field). */
    public void checkArea(String title, Pillar pillar, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "title", title, true, PlanFields.TITLE);
        Texts.check(errors, "description", description, false, PlanFields.AREA_DESCRIPTION);
        if (pillar == null) {
            errors.put("pillar", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @Transactional
    public long addArea(PlanId planId, String title, Pillar pillar, String description, CurrentUser user) {
        plans.requireEditor(planId, user);
        checkArea(title, pillar, description);
        long id = jdbc.sql("""
                insert into strategic_area (plan_id, position, title, pillar, description)
                values (?, (select coalesce(max(position), 0) + 1 from strategic_area where plan_id = ?), ?, ?, ?)
                returning id""").params(planId.value(), planId.value(), title.strip(), pillar.name(),
                        Texts.blankToNull(description))
                .query(Long.class).single();
        plans.touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_AREA_ADDED", "plan", planId.value(), "area=" + id));
        return id;
    }

    @Transactional
    public long addObjective(long areaId, String title, CurrentUser user) {
        PlanId planId = planOfArea(areaId);
        plans.requireEditor(planId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "title", title, true, PlanFields.TITLE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                insert into plan_objective (area_id, position, title)
                values (?, (select coalesce(max(position), 0) + 1 from plan_objective where area_id = ?), ?)
                returning id""").params(areaId, areaId, title.strip()).query(Long.class).single();
        plans.touch(planId);
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_OBJECTIVE_ADDED", "plan", planId.value(),
                "objective=" + id));
        return id;
    }
}
