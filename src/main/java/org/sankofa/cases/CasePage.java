package org.sankofa.cases;

import java.util.List;

/** A page of the case list: its rows, the cursor of the next page (null on the last) and the total in scope. */
public record CasePage(List<CaseSummary> items, String next, long total) {
}
