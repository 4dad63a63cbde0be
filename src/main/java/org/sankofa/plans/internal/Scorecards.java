package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Direction;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Measure;
import org.sankofa.plans.PlanId;
import org.springframework.stereotype.Service;

/**
 * Builds a plan's {@link Scorecard} from its tree, indicators, values and reports: a handful of queries, and one count
 * per distinct computation of its computed indicators (never one per indicator).
 */
@Service
public class Scorecards {

    private final Plans plans;
    private final Indicators indicators;
    private final ProgressReports reports;
    private final ComputedValues computed;
    private final StrategicAreas strategicAreas;

    Scorecards(Plans plans, Indicators indicators, ProgressReports reports, ComputedValues computed,
            StrategicAreas strategicAreas) {
        this.plans = plans;
        this.indicators = indicators;
        this.reports = reports;
        this.computed = computed;
        this.strategicAreas = strategicAreas;
    }

    public Scorecard of(PlanId planId) {
        Plan plan = plans.require(planId);
        List<Area> areas = strategicAreas.of(planId);
        List<Scorecard.AreaCard> areaCards = new ArrayList<>();
        Map<Long, String> areaTitles = new LinkedHashMap<>();
        Map<Long, Long> areaOfObjective = new LinkedHashMap<>();
        for (Area area : areas) {
            areaTitles.put(area.id(), area.title());
            Map<ActivityStatus, Integer> byStatus = new EnumMap<>(ActivityStatus.class);
            for (ActivityStatus s : ActivityStatus.values()) {
                byStatus.put(s, 0);
            }
            Map<String, BigDecimal[]> budgets = new TreeMap<>();
            int total = 0;
            for (Objective objective : area.objectives()) {
                areaOfObjective.put(objective.id(), area.id());
                for (Activity a : objective.activities()) {
                    total++;
                    byStatus.merge(a.status(), 1, Integer::sum);
                    if (a.currency() != null) {
                        BigDecimal[] sums = budgets.computeIfAbsent(a.currency(),
                                c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
                        sums[0] = sums[0].add(orZero(a.budgetPlanned()));
                        sums[1] = sums[1].add(orZero(a.budgetSecured()));
                        sums[2] = sums[2].add(orZero(a.budgetSpent()));
                    }
                }
            }
            List<Scorecard.Budget> budgetLines = budgets.entrySet().stream().map(e -> new Scorecard.Budget(
                    e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                    e.getValue()[0].signum() == 0 ? null
                            : e.getValue()[2].multiply(BigDecimal.valueOf(100))
                                    .divide(e.getValue()[0], 1, RoundingMode.HALF_UP)))
                    .toList();
            areaCards.add(new Scorecard.AreaCard(area.id(), area.title(), area.pillar(), byStatus, total,
                    budgetLines));
        }
        List<IndicatorValue> values = indicators.valuesOfPlan(planId);
        boolean synthetic = values.stream().anyMatch(IndicatorValue::synthetic);
        Map<Long, IndicatorValue> latest = latest(values);
        List<Indicator> list = indicators.forPlan(planId);
        // computed indicators show their value of the last complete year of the plan, counted now: each distinct
        // count once, for one period, locked or not as a whole
        ComputedValues.Counts counts = computed.counts();
        IsoPeriod period = computed.scorecardPeriod(plan);
        boolean locked = list.stream().anyMatch(i -> i.source() == IndicatorSource.COMPUTED)
                && indicators.locked(planId, period);
        List<Scorecard.IndicatorCard> cards = new ArrayList<>();
        for (Indicator indicator : list) {
            Long areaId = indicator.areaId() != null ? indicator.areaId()
                    : indicator.objectiveId() != null ? areaOfObjective.get(indicator.objectiveId()) : null;
            IndicatorValue value = indicator.source() == IndicatorSource.COMPUTED
                    ? counts.value(indicator, plan.countries(), plan.communities(), period, locked)
                    : latest.get(indicator.id());
            Target target = value == null ? null : targetFor(indicator, value.period()).orElse(null);
            cards.add(new Scorecard.IndicatorCard(indicator, areaId == null ? null : areaTitles.get(areaId), value,
                    target, track(indicator, value, target)));
        }
        return new Scorecard(plan, areaCards, cards, reports.forPlan(planId), synthetic);
    }

    /** The latest value of each indicator (by indicator id). */
    static Map<Long, IndicatorValue> latest(List<IndicatorValue> values) {
        Map<Long, IndicatorValue> latest = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            latest.merge(v.indicatorId(), v, Scorecards::latestOf);
        }
        return latest;
    }

    /** The later period; of two starting together, the shorter (a quarter is more recent news than its year). */
    private static IndicatorValue latestOf(IndicatorValue a, IndicatorValue b) {
        IsoPeriod pa = IsoPeriod.parse(a.period()).orElseThrow();
        IsoPeriod pb = IsoPeriod.parse(b.period()).orElseThrow();
        Comparator<IsoPeriod> byEnd = Comparator.comparing(IsoPeriod::end);
        int c = byEnd.compare(pa, pb);
        if (c == 0) {
            c = pa.start().compareTo(pb.start());
        }
        return c >= 0 ? a : b;
    }

    /** The target of the value's period, else the target of the year it lies in. */
    static Optional<Target> targetFor(Indicator indicator, String period) {
        Optional<Target> exact = indicator.targets().stream().filter(t -> t.period().equals(period)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String year = IsoPeriod.parse(period).map(p -> p.calendarYear().toString()).orElse(null);
        return indicator.targets().stream().filter(t -> t.period().equals(year)).findFirst();
    }

    static Scorecard.Track track(Indicator indicator, IndicatorValue value, Target target) {
        if (value == null) {
            return Scorecard.Track.NO_VALUE;
        }
        if (target == null || target.target() == null || value.value() == null
                || indicator.measure() == Measure.TEXT) {
            return Scorecard.Track.NO_TARGET;
        }
        int c = value.value().compareTo(target.target());
        boolean on = indicator.measure() == Measure.YES_NO ? c == 0
                : indicator.direction() == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
        return on ? Scorecard.Track.ON_TRACK : Scorecard.Track.OFF_TRACK;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
