package org.sankofa.directory;

import java.util.List;

/** One page of partner services found, with the total number found. */
public record PartnerServicePage(List<PartnerService> items, int page, int size, long total) {

    public PartnerServicePage {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
