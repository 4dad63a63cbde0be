package org.sankofa.statistics.internal;

/**
 * A count as published: its value, or — suppressed — only that it is under the threshold (or hidden so that another
 * suppressed count cannot be worked out). A suppressed figure's value never leaves the server.
 *
 * @param value      the count (meaningless when suppressed)
 * @param suppressed true when it must be shown as "fewer than N" or hidden
 */
public record Figure(long value, boolean suppressed) {

    public static Figure of(long value) {
        return new Figure(value, false);
    }

    Figure hidden() {
        return new Figure(value, true);
    }
}
