package org.sankofa.cases;

import java.util.List;

/**
 * A page of the case list: its rows, the cursor of the next page (null on the last) and the total in scope. Counting
 * every case of a large office on every page would cost more than the page itself, so the total is counted up to
 * {@link #TOTAL_CAP}: {@code totalIsLowerBound} says that there are at least that many.
 */
public record CasePage(List<CaseSummary> items, String next, long total, boolean totalIsLowerBound) {

    public static final int TOTAL_CAP = 10_000;

    public CasePage(List<CaseSummary> items, String next, long total) {
        this(items, next, total, false);
    }
}
