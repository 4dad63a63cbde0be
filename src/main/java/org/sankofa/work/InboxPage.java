package org.sankofa.work;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.sankofa.cases.WaitingDecision;

/**
 * One page of the decisions waiting for a supervisor, oldest or newest first.
 *
 * @param page  the page shown, from 1
 * @param pages how many pages there are (at least 1, the empty inbox being one page)
 * @param total how many decisions wait
 */
public record InboxPage(List<WaitingDecision> items, Order order, int page, int pages, int total) {

    public static final int SIZE = 25;

    /** The order of the list: the longest waiting first (the default), or the latest request first. */
    public enum Order {
        OLDEST, NEWEST;

        /** From a query parameter ({@code oldest}, {@code newest}; none: oldest); anything else is refused (400). */
        public static Order of(String value) {
            if (value == null || value.isBlank()) {
                return OLDEST;
            }
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The page {@code page} of {@code waiting} (oldest first as given) in {@code order}; a page before the first is
     * refused (400), a page after the last is shown empty with the number of pages.
     */
    public static InboxPage of(List<WaitingDecision> waiting, Order order, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages start at 1");
        }
        List<WaitingDecision> ordered = order == Order.OLDEST ? waiting
                : waiting.stream().sorted(Comparator.comparing(WaitingDecision::since,
                        Comparator.nullsFirst(Comparator.<java.time.OffsetDateTime>naturalOrder())).reversed()).toList();
        int total = ordered.size();
        int pages = Math.max(1, (total + SIZE - 1) / SIZE);
        long from = Math.min((long) (page - 1) * SIZE, total);
        List<WaitingDecision> items = ordered.subList((int) from, (int) Math.min(from + SIZE, total));
        return new InboxPage(List.copyOf(items), order, page, pages, total);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
