package org.sitrep.store;

import java.util.List;

/**
 * One page of a longer list: the rows asked for and how many there are in all, so that a client can show
 * "41-60 of 20,113" and page on without fetching the rest.
 *
 * @param items  the rows of this page, in the order asked for
 * @param total  how many rows match the filters, across every page
 * @param limit  the page size asked for
 * @param offset how many matching rows come before this page
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}
