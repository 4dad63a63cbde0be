package org.sankofa.directory;

import java.util.List;

/** One page of organisations found, with the total number found. */
public record OrganisationPage(List<Organisation> items, int page, int size, long total) {

    public OrganisationPage {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** The number of pages, at least one. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
