package org.sankofa.shared;

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

    /**
     * Whether it is shown as "fewer than N": suppressed for being small. A count suppressed for another reason (hidden
     * with a small one, or marked) is shown as "not shown", never as "fewer than N", which it is not.
     */
    public boolean fewerThan(int threshold) {
        return suppressed && value < threshold;
    }

    /** The same count, suppressed because of another: shown as "not shown". */
    public Figure hidden() {
        return new Figure(value, true);
    }
}
