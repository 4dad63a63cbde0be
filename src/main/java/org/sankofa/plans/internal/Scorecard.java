package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Pillar;

/**
 * A plan at a glance: activities by status and budget execution per area, each indicator's latest value against its
 * target, and the periods whose values approved reports have locked.
 */
public record Scorecard(Plan plan, List<AreaCard> areas, List<IndicatorCard> indicators,
        List<ProgressReport> reports, boolean synthetic) {

    public enum Track {
        ON_TRACK, OFF_TRACK, NO_TARGET, NO_VALUE
    }

    /** Budget figures of an area in one currency; {@code execution} is spent / planned in percent (null if none planned). */
    public record Budget(String currency, BigDecimal planned, BigDecimal secured, BigDecimal spent,
            BigDecimal execution) {
    }

    public record AreaCard(long areaId, String title, Pillar pillar, Map<ActivityStatus, Integer> activities,
            int total, List<Budget> budgets) {
    }

    public record IndicatorCard(Indicator indicator, String areaTitle, IndicatorValue latest, Target target,
            Track track) {
    }

    public List<String> lockedPeriods() {
        return reports.stream().filter(ProgressReport::locksValues).map(ProgressReport::period).toList();
    }

    public long count(Track track) {
        return indicators.stream().filter(i -> i.track() == track).count();
    }
}
