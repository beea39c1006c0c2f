package org.dossier.web;

import java.util.List;

/** One page of a longer list. Pages are numbered from 1. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** Offset of the first item of page {@code page}; the page number must already be checked. */
    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }
}
