package org.sankofa.statistics.internal;

import java.util.List;

import org.sankofa.shared.Figure;

/**
 * A dashboard as published: the total line and the breakdowns, every figure suppressed where it must be.
 *
 * @param filter     what was counted
 * @param reach      whose persons, and how exactly
 * @param threshold  the small-cell threshold ("fewer than 5")
 * @param total      everyone counted
 * @param breakdowns the breakdowns, in the page's order
 * @param journeys   how long after identification the persons reached each milestone of their journey
 */
public record Dashboard(StatisticsFilter filter, Reach reach, int threshold, Line total, List<Breakdown> breakdowns,
        List<JourneyTimes.Line> journeys) {

    /** One line: a category and its four figures, in the order of {@link Measure}. */
    public record Line(String key, List<Figure> figures) {

        public Figure figure(Measure measure) {
            return figures.get(measure.ordinal());
        }
    }

    /**
     * A breakdown of the total by one dimension.
     *
     * @param name      year, month, sex, age, child, form, citizenship, country, referral or office
     * @param partition whether its lines sum to the total (false for forms of exploitation: a person may have several)
     * @param lines     the categories, in the order the page shows them
     */
    public record Breakdown(String name, boolean partition, List<Line> lines) {
    }
}
