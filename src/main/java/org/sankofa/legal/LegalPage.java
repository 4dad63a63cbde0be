package org.sankofa.legal;

import java.util.List;

/** One page of a list, counted from 0. */
public record LegalPage<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
