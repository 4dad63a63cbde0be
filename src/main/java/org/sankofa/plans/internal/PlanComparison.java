package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Pillar;

/**
 * Plans side by side per standard pillar: for each pillar and each plan, the areas tagged with it, the number of
 * objectives and activities, activities by status, the budget planned and spent per currency (never added across
 * currencies), and the indicators on or off track where they have a value against a target. {@code synthetic} says
 * that some indicator values counted are demo data.
 */
public record PlanComparison(List<PlanSummary> plans, List<PillarRow> pillars, boolean synthetic) {

    public record PillarRow(Pillar pillar, List<Cell> cells) {

        /** Whether any of the plans has an area on this pillar. */
        public boolean present() {
            return cells.stream().anyMatch(c -> c.areas() > 0);
        }
    }

    /** One plan on one pillar. */
    public record Cell(long planId, List<String> areaTitles, int objectives, int activities,
            Map<ActivityStatus, Integer> byStatus, List<Budget> budgets, int indicators, int onTrack, int offTrack,
            int noTarget, int noValue) {

        public int areas() {
            return areaTitles.size();
        }
    }

    /** Budget planned and spent in one currency. */
    public record Budget(String currency, BigDecimal planned, BigDecimal spent) {
    }

    public List<Pillar> pillarsPresent() {
        return pillars.stream().filter(PillarRow::present).map(PillarRow::pillar).toList();
    }
}
