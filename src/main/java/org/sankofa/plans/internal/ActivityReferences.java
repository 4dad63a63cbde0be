package org.sankofa.plans.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.plans.PlanActivities;
import org.sankofa.plans.PlanId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The activities as other modules name them: one query for a batch, one for the picker. */
@Component
class ActivityReferences implements PlanActivities {

    private static final String SELECT = """
            select a.id, a.title, p.id as plan_id, p.title as plan_title
            from plan_activity a
            join plan_objective o on o.id = a.objective_id
            join strategic_area s on s.id = o.area_id
            join action_plan p on p.id = s.plan_id
            """;
    private static final RowMapper<ActivityRef> ROW = (rs, n) -> new ActivityRef(rs.getLong("id"),
            PlanId.of(rs.getLong("plan_id")), rs.getString("plan_title"), rs.getString("title"));

    private final JdbcClient jdbc;

    ActivityReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ActivityRef> activities(Collection<Long> ids) {
        Map<Long, ActivityRef> found = new LinkedHashMap<>();
        if (ids == null || ids.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT + " where a.id = any(:ids) order by p.title, s.position, o.position, a.position")
                .param("ids", ids.stream().distinct().toArray(Long[]::new)).query(ROW).list()
                .forEach(a -> found.put(a.id(), a));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivityRef> all() {
        return jdbc.sql(SELECT + " order by p.period_start desc nulls last, p.title, p.id, s.position, o.position,"
                + " a.position").query(ROW).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivityProgress> progress(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, status, actual_end from plan_activity where id = any(:ids) order by id")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> new ActivityProgress(rs.getLong("id"),
                        org.sankofa.plans.ActivityStatus.valueOf(rs.getString("status")),
                        rs.getObject("actual_end", java.time.LocalDate.class)))
                .list();
    }
}
