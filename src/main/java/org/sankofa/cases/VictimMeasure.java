package org.sankofa.cases;

/**
 * What {@link VictimStatistics} counts: persons (cases), never events. Each measure counts a case at most once in a
 * period, and only cases whose trafficking status is presumed or confirmed (a person screened "not a victim" is not
 * counted). See docs/decisions/0009-computed-indicators.md.
 */
public enum VictimMeasure {
    /** Cases identified in the period (identification date within it). */
    VICTIMS_IDENTIFIED,
    /** Cases with at least one service delivered in the period, whenever they were identified. */
    VICTIMS_ASSISTED,
    /** Cases whose return arrived at its destination in the period (return plan ARRIVED, arrival date within it). */
    VICTIMS_RETURNED;
}
