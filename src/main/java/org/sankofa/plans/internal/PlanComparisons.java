package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanStatus;
import org.sankofa.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Compares plans by standard pillar (a plan written with four areas, seven strategies or the 4 Ps maps each area to
 * a pillar). The figures come from each plan's tree and from the rules of its {@link Scorecard} (indicator tracks),
 * so the comparison and the scorecard never disagree; the plans are read together, in as many queries for eight plans
 * as for one (and one count per distinct computation of their computed indicators).
 */
@Service
public class PlanComparisons {

    /** The most plans compared at once (a page wider than this is no longer readable). */
    public static final int MAX_PLANS = 8;

    private final Plans plans;
    private final StrategicAreas strategicAreas;
    private final Indicators indicators;
    private final ComputedValues computed;

    PlanComparisons(Plans plans, StrategicAreas strategicAreas, Indicators indicators, ComputedValues computed) {
        this.plans = plans;
        this.strategicAreas = strategicAreas;
        this.indicators = indicators;
        this.computed = computed;
    }

    /**
     * The plans chosen by id (in the order given, duplicates dropped; a null id is unknown); 422 on {@code ids} if
     * unknown or too many.
     */
    public PlanComparison byIds(List<PlanId> ids) {
        List<PlanId> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.size() > MAX_PLANS) {
            throw InvalidInputException.of("ids", "plan.comparison.tooMany");
        }
        Map<Long, PlanSummary> all = new LinkedHashMap<>();
        plans.search(new PlanFilter(null, null, null)).forEach(p -> all.put(p.id(), p));
        List<PlanSummary> chosen = new ArrayList<>();
        for (PlanId id : distinct) {
            PlanSummary plan = id == null ? null : all.get(id.value());
            if (plan == null) {
                throw InvalidInputException.of("ids", "plan.comparison.unknown");
            }
            chosen.add(plan);
        }
        return of(chosen);
    }

    /** The plans a filter finds (at most {@link #MAX_PLANS}, 422 on {@code ids} beyond). */
    public PlanComparison byFilter(PlanFilter filter) {
        List<PlanSummary> found = plans.search(filter);
        if (found.size() > MAX_PLANS) {
            throw InvalidInputException.of("ids", "plan.comparison.tooMany");
        }
        return of(found);
    }

    /** The default: the plans in force (the first {@link #MAX_PLANS}). */
    public PlanComparison inForce() {
        return of(plans.search(new PlanFilter(null, PlanStatus.IN_FORCE, null)).stream().limit(MAX_PLANS).toList());
    }

    private PlanComparison of(List<PlanSummary> chosen) {
        Map<Pillar, List<PlanComparison.Cell>> cells = new EnumMap<>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            cells.put(pillar, new ArrayList<>());
        }
        // every plan's tree, indicators and values at once; each distinct count of computed indicators once
        List<PlanId> ids = chosen.stream().map(p -> PlanId.of(p.id())).toList();
        Map<PlanId, List<Area>> trees = strategicAreas.of(ids);
        Map<PlanId, List<Indicator>> indicatorsOf = indicators.forPlans(ids);
        List<IndicatorValue> values = indicators.valuesOfPlans(ids);
        Map<Long, IndicatorValue> latest = Scorecards.latest(values);
        Set<Long> synthetic = new HashSet<>();
        values.stream().filter(IndicatorValue::synthetic).forEach(v -> synthetic.add(v.indicatorId()));
        ComputedValues.Counts counts = computed.counts();
        boolean anySynthetic = false;
        for (PlanSummary plan : chosen) {
            PlanId planId = PlanId.of(plan.id());
            List<Area> areas = trees.get(planId);
            IsoPeriod period = computed.scorecardPeriod(plan.periodStart(), plan.periodEnd());
            List<Tracked> tracked = new ArrayList<>();
            for (Indicator i : indicatorsOf.get(planId)) {
                anySynthetic |= synthetic.contains(i.id());
                // the comparison shows tracks only: a computed value's lock does not matter here
                IndicatorValue value = i.source() == IndicatorSource.COMPUTED
                        ? counts.value(i, plan.countries(), plan.communities(), period, false)
                        : latest.get(i.id());
                Target target = value == null ? null : Scorecards.targetFor(i, value.period()).orElse(null);
                tracked.add(new Tracked(i, Scorecards.track(i, value, target)));
            }
            Map<Long, Pillar> pillarOfArea = new LinkedHashMap<>();
            Map<Long, Pillar> pillarOfObjective = new LinkedHashMap<>();
            for (Area area : areas) {
                pillarOfArea.put(area.id(), area.pillar());
                area.objectives().forEach(o -> pillarOfObjective.put(o.id(), area.pillar()));
            }
            for (Pillar pillar : Pillar.values()) {
                List<String> titles = new ArrayList<>();
                int objectives = 0;
                int activities = 0;
                Map<ActivityStatus, Integer> byStatus = new EnumMap<>(ActivityStatus.class);
                for (ActivityStatus s : ActivityStatus.values()) {
                    byStatus.put(s, 0);
                }
                Map<String, BigDecimal[]> budgets = new TreeMap<>();
                for (Area area : areas) {
                    if (area.pillar() != pillar) {
                        continue;
                    }
                    titles.add(area.title());
                    objectives += area.objectives().size();
                    for (Objective objective : area.objectives()) {
                        for (Activity a : objective.activities()) {
                            activities++;
                            byStatus.merge(a.status(), 1, Integer::sum);
                            if (a.currency() != null) {
                                BigDecimal[] sums = budgets.computeIfAbsent(a.currency(),
                                        c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
                                sums[0] = sums[0].add(a.budgetPlanned() == null ? BigDecimal.ZERO : a.budgetPlanned());
                                sums[1] = sums[1].add(a.budgetSpent() == null ? BigDecimal.ZERO : a.budgetSpent());
                            }
                        }
                    }
                }
                int[] tracks = new int[Scorecard.Track.values().length];
                int indicators = 0;
                for (Tracked c : tracked) {
                    Indicator i = c.indicator();
                    Pillar of = i.areaId() != null ? pillarOfArea.get(i.areaId())
                            : i.objectiveId() != null ? pillarOfObjective.get(i.objectiveId()) : null;
                    if (of == pillar) {
                        indicators++;
                        tracks[c.track().ordinal()]++;
                    }
                }
                cells.get(pillar).add(new PlanComparison.Cell(plan.id(), titles, objectives, activities, byStatus,
                        budgets.entrySet().stream().map(e -> new PlanComparison.Budget(e.getKey(), e.getValue()[0],
                                e.getValue()[1])).toList(),
                        indicators, tracks[Scorecard.Track.ON_TRACK.ordinal()],
                        tracks[Scorecard.Track.OFF_TRACK.ordinal()], tracks[Scorecard.Track.NO_TARGET.ordinal()],
                        tracks[Scorecard.Track.NO_VALUE.ordinal()]));
            }
        }
        List<PlanComparison.PillarRow> rows = new ArrayList<>();
        cells.forEach((pillar, list) -> rows.add(new PlanComparison.PillarRow(pillar, list)));
        return new PlanComparison(chosen, rows, anySynthetic);
    }

    /** An indicator of a plan with its track against its target. */
    private record Tracked(Indicator indicator, Scorecard.Track track) {
    }
}
