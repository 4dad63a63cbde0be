package org.sankofa.statistics.internal;

/**
 * The four figures of every line of a dashboard, each counting persons identified in the span (docs/statistics.md):
 * the outcomes are parts of the persons identified, so "assisted" can never exceed "identified" on one screen.
 */
public enum Measure {
    /** Persons identified in the span (screened "not a victim" and duplicate records left out). */
    IDENTIFIED,
    /** Of them, those with at least one service delivered (so far). */
    ASSISTED,
    /** Of them, those whose return arrived. */
    RETURNED,
    /** Of them, those whose case was closed "reintegration completed". */
    REINTEGRATED
}
