package org.sankofa.plans.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sankofa.plans.IndicatorValues;
import org.sankofa.plans.PlanId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link IndicatorValues}: the values entered through {@link Indicators} (with their evidence, comment and the lock of
 * an approved progress report), read for other modules; the same "locked" rule as {@link Indicators#values}.
 */
@Component
class ManualIndicatorValues implements IndicatorValues {

    private static final String REF = """
            select i.id, i.plan_id, p.title as plan_title, i.code, i.definition
            from indicator i join action_plan p on p.id = i.plan_id
            where i.source = 'MANUAL' and i.measure = 'NUMBER'""";

    private final JdbcClient jdbc;

    ManualIndicatorValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorRef> manualIndicators() {
        return jdbc.sql(REF + " order by p.title, coalesce(i.code, ''), i.id").query(this::ref).list();
    }

    @Override
    public Optional<IndicatorRef> manualIndicator(long id) {
        return jdbc.sql(REF + " and i.id = ?").param(id).query(this::ref).optional();
    }

    private IndicatorRef ref(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new IndicatorRef(rs.getLong("id"), PlanId.of(rs.getLong("plan_id")), rs.getString("plan_title"),
                rs.getString("code"), rs.getString("definition"));
    }

    @Override
    public List<PeriodValue> values(long indicatorId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select v.indicator_id, v.period, v.period_start, v.period_end, v.value, v.evidence, v.comment,
                       exists (select 1 from progress_report r where r.plan_id = i.plan_id
                               and r.status in ('APPROVED', 'LOCKED') and r.period_start <= v.period_end
                               and v.period_start <= r.period_end) as approved
                from indicator_value v join indicator i on i.id = v.indicator_id
                where v.indicator_id = ? and v.period_start >= ? and v.period_end <= ? and v.value is not null
                order by v.period_start, v.period_end desc""").params(indicatorId, from, to)
                .query((rs, n) -> new PeriodValue(rs.getLong("indicator_id"), rs.getString("period"),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        rs.getBigDecimal("value"), rs.getString("evidence"), rs.getString("comment"),
                        rs.getBoolean("approved")))
                .list();
    }
}
