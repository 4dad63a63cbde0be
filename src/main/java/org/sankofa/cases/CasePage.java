package org.sankofa.cases;

import java.util.List;

/**
 * A page of the case list: its rows, the cursor of the next page (null on the last) and, when it was asked for, the
 * total in scope. Counting costs more than the page itself on a large office (every match, or for a rare filter every
 * case of the office, is read), so a list page is not counted unless asked ({@code total} and
 * {@code totalIsLowerBound} are then null), and a count stops at {@link #TOTAL_CAP}: {@code totalIsLowerBound} then
 * says that there are more. A name search always carries the number of matching names it found.
 */
public record CasePage(List<CaseSummary> items, String next, Long total, Boolean totalIsLowerBound) {

    /**
     * Where counting stops: a person looking through a list needs to know whether it holds a few hundred cases or
     * "more than a thousand" (then a filter helps), not the exact figure, which the statistics give. Counting 1,001
     * matches reads at most some tens of thousands of index entries for a rare filter in the largest office.
     */
    public static final int TOTAL_CAP = 1_000;

    public CasePage(List<CaseSummary> items, String next, long total) {
        this(items, next, total, false);
    }

    /** A page whose total was not counted. */
    public static CasePage uncounted(List<CaseSummary> items, String next) {
        return new CasePage(items, next, null, null);
    }

    /** Whether the total was counted. */
    public boolean counted() {
        return total != null;
    }
}
