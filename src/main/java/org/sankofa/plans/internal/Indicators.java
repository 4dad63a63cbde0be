package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Measure;
import org.sankofa.plans.PlanId;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators, their targets and their values per ISO period. A value is checked against its indicator's measure (a
 * percent lies in 0–100, a ratio has a denominator above 0, disaggregated parts sum to the total) and refused with
 * {@code plan.value.locked} (409) when an approved progress report of the plan covers its period.
 */
@Service
public class Indicators {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX = new BigDecimal("99999999999999");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Plans plans;
    private final PlanAccess access;
    private final Countries countries;
    private final StrategicAreas strategicAreas;
    private final Computations computations;

    Indicators(JdbcClient jdbc, AuditLog audit, Plans plans, PlanAccess access, Countries countries,
            StrategicAreas strategicAreas, Computations computations) {
        this.computations = computations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.plans = plans;
        this.access = access;
        this.countries = countries;
        this.strategicAreas = strategicAreas;
    }

    public List<Indicator> forPlan(PlanId planId) {
        return forPlans(List.of(planId)).get(planId);
    }

    /** The indicators of each plan with their targets, in two queries whatever the number of plans. */
    public Map<PlanId, List<Indicator>> forPlans(Collection<PlanId> planIds) {
        Map<PlanId, List<Indicator>> byPlan = new LinkedHashMap<>();
        planIds.forEach(id -> byPlan.put(id, new ArrayList<>()));
        if (planIds.isEmpty()) {
            return byPlan;
        }
        Long[] ids = planIds.stream().map(PlanId::value).distinct().toArray(Long[]::new);
        Map<Long, List<Target>> targets = new LinkedHashMap<>();
        jdbc.sql("""
                select t.indicator_id, t.period, t.target, t.target_text from indicator_target t
                join indicator i on i.id = t.indicator_id where i.plan_id = any(?)""").param(ids)
                .query(rs -> {
                    targets.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                            .add(new Target(rs.getString("period"), rs.getBigDecimal("target"),
                                    rs.getString("target_text")));
                });
        jdbc.sql("select * from indicator where plan_id = any(?) order by coalesce(code, ''), id").param(ids)
                .query((rs, n) -> indicator(rs, targets.getOrDefault(rs.getLong("id"), List.of()))).list()
                .forEach(i -> byPlan.get(PlanId.of(i.planId())).add(i));
        return byPlan;
    }

    public Optional<Indicator> indicator(long id) {
        List<Target> targets = jdbc.sql("select period, target, target_text from indicator_target "
                + "where indicator_id = ?").param(id)
                .query((rs, n) -> new Target(rs.getString("period"), rs.getBigDecimal("target"),
                        rs.getString("target_text"))).list();
        return jdbc.sql("select * from indicator where id = ?").param(id)
                .query((rs, n) -> indicator(rs, sorted(targets))).optional();
    }

    public Indicator require(long id) {
        return indicator(id).orElseThrow(() -> new NotFoundException("indicator"));
    }

    @Transactional
    public Indicator create(PlanId planId, IndicatorDraft d, CurrentUser user) {
        plans.requireEditor(planId, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "definition", d.definition(), true, PlanFields.DEFINITION);
        Texts.check(errors, "code", d.code(), false, PlanFields.INDICATOR_CODE);
        Texts.check(errors, "unit", d.unit(), false, PlanFields.UNIT);
        Texts.check(errors, "baselineText", d.baselineText(), false, PlanFields.BASELINE_TEXT);
        if (d.measure() == null) {
            errors.put("measure", "validation.required");
        }
        if (d.baselinePeriod() != null && !d.baselinePeriod().isBlank()
                && IsoPeriod.parse(d.baselinePeriod().strip()).isEmpty()) {
            errors.put("baselinePeriod", "plan.period.invalid");
        }
        if (d.areaId() != null && d.objectiveId() != null) {
            errors.put("areaId", "plan.indicator.oneParent");
        } else if (d.areaId() != null && !belongs("strategic_area", d.areaId(), planId)) {
            errors.put("areaId", "plan.indicator.parent.unknown");
        } else if (d.objectiveId() != null && !planId.equals(plansOfObjective(d.objectiveId()))) {
            errors.put("objectiveId", "plan.indicator.parent.unknown");
        }
        if (d.baseline() != null && d.measure() != null) {
            checkNumber(d.measure(), d.baseline(), "baseline", errors);
        }
        IndicatorSource source = d.source() == null ? IndicatorSource.MANUAL : d.source();
        if (source == IndicatorSource.COMPUTED && Texts.isBlank(d.computedKey())) {
            errors.put("computedKey", "validation.required");
        }
        if (source == IndicatorSource.MANUAL && !Texts.isBlank(d.computedKey())) {
            errors.put("computedKey", "plan.indicator.computedKey.manual");
        }
        if (source == IndicatorSource.COMPUTED) {
            checkComputed(d, errors);
        }
        for (String ref : d.references()) {
            if (Texts.isBlank(ref) || ref.strip().length() > PlanFields.REFERENCE) {
                errors.put("references", "plan.indicator.reference.invalid");
            }
        }
        if (!d.disaggregations().isEmpty() && d.measure() != null && d.measure() != Measure.NUMBER) {
            errors.put("disaggregations", "plan.indicator.disaggregation.numberOnly");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                insert into indicator (plan_id, area_id, objective_id, code, definition, measure, direction, unit,
                    baseline, baseline_text, baseline_period, disaggregations, source, computed_key, refs)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId.value(), d.areaId(), d.objectiveId(), Texts.blankToNull(d.code()), d.definition().strip(),
                        d.measure().name(), (d.direction() == null ? Direction.HIGHER_IS_BETTER : d.direction()).name(),
                        Texts.blankToNull(d.unit()), d.baseline(), Texts.blankToNull(d.baselineText()),
                        Texts.blankToNull(d.baselinePeriod()),
                        d.disaggregations().stream().distinct().map(Enum::name).toArray(String[]::new),
                        source.name(), Texts.blankToNull(d.computedKey() == null ? null : d.computedKey().strip()),
                        d.references().stream().map(String::strip).toArray(String[]::new))
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_INDICATOR_ADDED", "plan", planId.value(),
                "indicator=" + id));
        return require(id);
    }

    /**
     * Sets the target of a period: a number, a text, or both. Neither is 422 ({@code plan.target.required} on
     * {@code target}): a target is removed with {@link #removeTarget}, never by sending nothing.
     */
    @Transactional
    public Indicator setTarget(long indicatorId, String period, BigDecimal target, String targetText,
            CurrentUser user) {
        Indicator indicator = require(indicatorId);
        plans.requireEditor(PlanId.of(indicator.planId()), user);
        IsoPeriod p = period(period);
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "targetText", targetText, false, PlanFields.TARGET_TEXT);
        if (target != null) {
            checkNumber(indicator.measure(), target, "target", errors);
        } else if (Texts.isBlank(targetText)) {
            errors.put("target", "plan.target.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("""
                insert into indicator_target (indicator_id, period, target, target_text) values (?, ?, ?, ?)
                on conflict (indicator_id, period) do update set target = excluded.target,
                    target_text = excluded.target_text""")
                .params(indicatorId, p.toString(), target, Texts.blankToNull(targetText)).update();
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_TARGET_SET", "indicator", indicatorId, "period=" + p));
        return require(indicatorId);
    }

    /** Removes the target of a period; 404 when the period has none. */
    @Transactional
    public Indicator removeTarget(long indicatorId, String period, CurrentUser user) {
        Indicator indicator = require(indicatorId);
        plans.requireEditor(PlanId.of(indicator.planId()), user);
        IsoPeriod p = period(period);
        int removed = jdbc.sql("delete from indicator_target where indicator_id = ? and period = ?")
                .params(indicatorId, p.toString()).update();
        if (removed == 0) {
            throw new NotFoundException("target");
        }
        audit.record(AuditEvent.of(user.getUsername(), "PLAN_TARGET_REMOVED", "indicator", indicatorId,
                "period=" + p));
        return require(indicatorId);
    }

    public List<IndicatorValue> values(long indicatorId) {
        require(indicatorId);
        return valuesWhere("v.indicator_id = ?", indicatorId);
    }

    /** Every value of a plan's indicators (for the scorecard), ordered by indicator and period start. */
    public List<IndicatorValue> valuesOfPlan(PlanId planId) {
        return valuesOfPlans(List.of(planId));
    }

    /** Every value of the indicators of these plans, in two queries whatever the number of plans. */
    public List<IndicatorValue> valuesOfPlans(Collection<PlanId> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return valuesWhere("i.plan_id = any(?)", (Object) planIds.stream().map(PlanId::value).distinct()
                .toArray(Long[]::new));
    }

    public Optional<IndicatorValue> value(long indicatorId, String period) {
        return valuesWhere("v.indicator_id = ? and v.period = ?", indicatorId, period).stream().findFirst();
    }

    private List<IndicatorValue> valuesWhere(String condition, Object... params) {
        Map<Long, List<ValuePart>> parts = new LinkedHashMap<>();
        jdbc.sql("select p.* from indicator_value_part p join indicator_value v on v.id = p.value_id "
                + "join indicator i on i.id = v.indicator_id where " + condition
                + " order by p.dimension, p.category").params(params)
                .query(rs -> {
                    parts.computeIfAbsent(rs.getLong("value_id"), k -> new ArrayList<>()).add(new ValuePart(
                            Disaggregation.valueOf(rs.getString("dimension")), rs.getString("category"),
                            rs.getBigDecimal("value")));
                });
        return jdbc.sql("""
                select v.*, exists (select 1 from progress_report r where r.plan_id = i.plan_id
                        and r.status in ('APPROVED', 'LOCKED') and r.period_start <= v.period_end
                        and v.period_start <= r.period_end) as locked
                from indicator_value v join indicator i on i.id = v.indicator_id
                where\s""" + condition + " order by v.indicator_id, v.period_start, v.period_end desc")
                .params(params)
                .query((rs, n) -> value(rs, parts.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    /**
     * Enters the value of a period, or changes it (then {@code version} must be the one read). Refused when the
     * period is locked by an approved progress report (409 {@code plan.value.locked}).
     */
    @Transactional
    public IndicatorValue enter(long indicatorId, ValueEntry entry, CurrentUser user) {
        return enter(indicatorId, entry, user, false);
    }

    /** As {@link #enter}, marking the value synthetic (demo data). */
    @Transactional
    public IndicatorValue enterSynthetic(long indicatorId, ValueEntry entry, CurrentUser user) {
        return enter(indicatorId, entry, user, true);
    }

    private IndicatorValue enter(long indicatorId, ValueEntry entry, CurrentUser user, boolean synthetic) {
        Indicator indicator = require(indicatorId);
        if (!access.canReport(user, plans.parties(PlanId.of(indicator.planId())))) {
            throw new AccessDeniedException("may not enter values for this plan");
        }
        if (indicator.source() == IndicatorSource.COMPUTED) {
            throw InvalidInputException.of("value", "plan.value.computed");
        }
        IsoPeriod period = period(entry.period());
        // lock the plan's reports first, so that an approval and a value cannot cross
        jdbc.sql("select id from progress_report where plan_id = ? for share").param(indicator.planId())
                .query(Long.class).list();
        if (locked(PlanId.of(indicator.planId()), period)) {
            throw new ConflictException("plan.value.locked");
        }
        Checked checked = check(indicator, entry);
        boolean fraction = indicator.measure() == Measure.RATIO || indicator.measure() == Measure.PERCENT;
        BigDecimal numerator = fraction ? entry.numerator() : null;
        BigDecimal denominator = fraction ? entry.denominator() : null;
        Optional<IndicatorValue> existing = value(indicatorId, period.toString());
        long valueId;
        if (existing.isPresent()) {
            if (entry.version() == null) {
                throw new ConflictException("plan.value.exists");
            }
            int updated = jdbc.sql("""
                    update indicator_value set value = ?, numerator = ?, denominator = ?, value_text = ?,
                        evidence = ?, comment = ?, synthetic = ?, entered_by = ?, entered_at = now(),
                        version = version + 1
                    where id = ? and version = ?""")
                    .params(checked.value(), numerator, denominator, checked.text(),
                            Texts.blankToNull(entry.evidence()), Texts.blankToNull(entry.comment()), synthetic,
                            user.getUsername(), existing.get().id(), entry.version())
                    .update();
            if (updated == 0) {
                throw new ConflictException("error.stale");
            }
            valueId = existing.get().id();
            jdbc.sql("delete from indicator_value_part where value_id = ?").param(valueId).update();
        } else {
            valueId = jdbc.sql("""
                    insert into indicator_value (indicator_id, period, period_start, period_end, value, numerator,
                        denominator, value_text, evidence, comment, synthetic, entered_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(indicatorId, period.toString(), period.start(), period.end(), checked.value(),
                            numerator, denominator, checked.text(),
                            Texts.blankToNull(entry.evidence()), Texts.blankToNull(entry.comment()), synthetic,
                            user.getUsername())
                    .query(Long.class).single();
        }
        for (ValuePart part : entry.parts()) {
            jdbc.sql("insert into indicator_value_part (value_id, dimension, category, value) values (?, ?, ?, ?)")
                    .params(valueId, part.dimension().name(), part.category().strip(), part.value()).update();
        }
        audit.record(AuditEvent.of(user.getUsername(),
                existing.isPresent() ? "PLAN_VALUE_UPDATED" : "PLAN_VALUE_ENTERED", "indicator", indicatorId,
                "period=" + period));
        return value(indicatorId, period.toString()).orElseThrow();
    }

    /** Whether an approved (or locked) progress report of the plan covers any day of the period. */
    public boolean locked(PlanId planId, IsoPeriod period) {
        return jdbc.sql("""
                select exists (select 1 from progress_report where plan_id = ? and status in ('APPROVED', 'LOCKED')
                    and period_start <= ? and ? <= period_end)""")
                .params(planId.value(), period.end(), period.start()).query(Boolean.class).single();
    }

    /** The period written, or 422 {@code plan.period.invalid} on the field {@code period}. */
    public static IsoPeriod period(String text) {
        return IsoPeriod.parse(text == null ? null : text.strip())
                .orElseThrow(() -> InvalidInputException.of("period", "plan.period.invalid"));
    }

    private record Checked(BigDecimal value, String text) {
    }

    private Checked check(Indicator indicator, ValueEntry e) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts.check(errors, "evidence", e.evidence(), false, 1000);
        Texts.check(errors, "comment", e.comment(), false, 2000);
        BigDecimal value = null;
        String text = null;
        switch (indicator.measure()) {
            case NUMBER -> {
                value = e.value();
                if (value == null) {
                    errors.put("value", "validation.required");
                } else {
                    checkNumber(Measure.NUMBER, value, "value", errors);
                }
            }
            case PERCENT -> {
                if (e.numerator() != null || e.denominator() != null) {
                    value = ratio(e, errors);
                    value = value == null ? null : value.multiply(HUNDRED);
                    if (value != null && e.value() != null && value.compareTo(e.value()) != 0
                            && value.subtract(e.value()).abs().compareTo(new BigDecimal("0.01")) > 0) {
                        errors.put("value", "plan.value.percent.mismatch");
                    }
                } else {
                    value = e.value();
                    if (value == null) {
                        errors.put("value", "validation.required");
                    }
                }
                if (value != null && !errors.containsKey("value")) {
                    checkNumber(Measure.PERCENT, value, "value", errors);
                }
            }
            case RATIO -> value = ratio(e, errors);
            case YES_NO -> {
                if (e.yes() == null) {
                    errors.put("yes", "validation.required");
                } else {
                    value = e.yes() ? BigDecimal.ONE : BigDecimal.ZERO;
                }
            }
            case TEXT -> {
                Texts.check(errors, "text", e.text(), true, 2000);
                text = Texts.blankToNull(e.text());
            }
        }
        checkParts(indicator, e.parts(), value, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(value == null ? null : value.setScale(Math.min(4, Math.max(0, value.scale())),
                java.math.RoundingMode.HALF_UP), text);
    }

    private static BigDecimal ratio(ValueEntry e, Map<String, String> errors) {
        if (e.numerator() == null) {
            errors.put("numerator", "validation.required");
        } else if (e.numerator().signum() < 0 || e.numerator().abs().compareTo(MAX) > 0) {
            errors.put("numerator", "plan.value.number.invalid");
        }
        if (e.denominator() == null) {
            errors.put("denominator", "validation.required");
        } else if (e.denominator().signum() <= 0) {
            errors.put("denominator", "plan.value.denominator.positive");
        } else if (e.denominator().compareTo(MAX) > 0) {
            errors.put("denominator", "plan.value.number.invalid");
        }
        if (errors.containsKey("numerator") || errors.containsKey("denominator")) {
            return null;
        }
        return e.numerator().divide(e.denominator(), MathContext.DECIMAL64);
    }

    private static void checkNumber(Measure measure, BigDecimal value, String field, Map<String, String> errors) {
        String problem = numberProblem(measure, value);
        if (problem != null) {
            errors.put(field, problem);
        }
    }

    /**
     * What is wrong with a number (a baseline, a target, a value) for an indicator of this measure, as a message key,
     * or null: the rule the logframe import applies too.
     */
    static String numberProblem(Measure measure, BigDecimal value) {
        if (value.abs().compareTo(MAX) > 0) {
            return "plan.value.number.invalid";
        } else if (measure == Measure.PERCENT && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            return "plan.value.percent.range";
        } else if (measure == Measure.YES_NO && value.compareTo(BigDecimal.ZERO) != 0
                && value.compareTo(BigDecimal.ONE) != 0) {
            return "plan.value.yesNo.target";
        }
        return null;
    }

    private void checkParts(Indicator indicator, List<ValuePart> parts, BigDecimal total,
            Map<String, String> errors) {
        if (parts.isEmpty()) {
            return;
        }
        if (indicator.measure() != Measure.NUMBER) {
            errors.put("parts", "plan.value.parts.numberOnly");
            return;
        }
        Map<Disaggregation, BigDecimal> sums = new EnumMap<>(Disaggregation.class);
        Set<String> seen = new HashSet<>();
        for (ValuePart part : parts) {
            if (part == null || part.dimension() == null || part.value() == null || Texts.isBlank(part.category())
                    || part.category().strip().length() > 60) {
                errors.put("parts", "plan.value.parts.invalid");
                return;
            }
            if (!indicator.disaggregations().contains(part.dimension())) {
                errors.put("parts", "plan.value.parts.dimension");
                return;
            }
            if (part.dimension() == Disaggregation.COUNTRY && !countries.exists(part.category().strip())) {
                errors.put("parts", "plan.party.country.unknown");
                return;
            }
            if (part.value().signum() < 0 || part.value().compareTo(MAX) > 0) {
                errors.put("parts", "plan.value.number.invalid");
                return;
            }
            if (!seen.add(part.dimension() + "/" + part.category().strip())) {
                errors.put("parts", "plan.value.parts.duplicate");
                return;
            }
            sums.merge(part.dimension(), part.value(), BigDecimal::add);
        }
        if (total == null) {
            return;
        }
        for (var sum : sums.entrySet()) {
            if (sum.getValue().compareTo(total) != 0) {
                errors.put("parts", "plan.value.parts.sum");
                return;
            }
        }
    }

    /**
     * A computed indicator names a known computation (of any {@link org.sankofa.plans.IndicatorFeed}), counts (a
     * number) and offers the computation's breakdowns only.
     */
    private void checkComputed(IndicatorDraft d, Map<String, String> errors) {
        var computation = computations.find(d.computedKey());
        if (!Texts.isBlank(d.computedKey()) && computation.isEmpty()) {
            errors.put("computedKey", "plan.indicator.computedKey.unknown");
        }
        if (d.measure() != null && d.measure() != Measure.NUMBER) {
            errors.put("measure", "plan.indicator.computed.number");
        }
        if (d.disaggregations().contains(Disaggregation.CITIZENSHIP)) {
            errors.put("disaggregations", "plan.indicator.computed.citizenship");
        } else if (computation.isPresent() && !computation.get().breakdowns().containsAll(d.disaggregations())) {
            errors.put("disaggregations", "plan.indicator.computed.breakdown");
        }
    }

    private boolean belongs(String table, long id, PlanId planId) {
        return jdbc.sql("select exists (select 1 from " + table + " where id = ? and plan_id = ?)")
                .params(id, planId.value()).query(Boolean.class).single();
    }

    private PlanId plansOfObjective(long objectiveId) {
        try {
            return strategicAreas.planOfObjective(objectiveId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static List<Target> sorted(List<Target> targets) {
        return targets.stream().sorted((a, b) -> IsoPeriod.parse(a.period()).orElseThrow()
                .compareTo(IsoPeriod.parse(b.period()).orElseThrow())).toList();
    }

    private static Indicator indicator(ResultSet rs, List<Target> targets) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getLong("plan_id"), PlanFields.nullableLong(rs, "area_id"),
                PlanFields.nullableLong(rs, "objective_id"), rs.getString("code"), rs.getString("definition"),
                Measure.valueOf(rs.getString("measure")), Direction.valueOf(rs.getString("direction")),
                rs.getString("unit"), rs.getBigDecimal("baseline"), rs.getString("baseline_text"),
                rs.getString("baseline_period"),
                PlanFields.strings(rs.getArray("disaggregations")).stream().map(Disaggregation::valueOf).toList(),
                IndicatorSource.valueOf(rs.getString("source")), rs.getString("computed_key"),
                PlanFields.strings(rs.getArray("refs")), sorted(targets), rs.getInt("version"));
    }

    private static IndicatorValue value(ResultSet rs, List<ValuePart> parts) throws SQLException {
        Instant entered = rs.getObject("entered_at", OffsetDateTime.class).toInstant();
        return new IndicatorValue(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("period"),
                rs.getBigDecimal("value"), rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"),
                rs.getString("value_text"), rs.getString("evidence"), rs.getString("comment"),
                rs.getBoolean("synthetic"), rs.getString("entered_by"), entered, rs.getInt("version"),
                rs.getBoolean("locked"), parts, false);
    }
}
