package org.sitrep.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which documents to list and in what order: every filter is optional (null), and combines with the others.
 *
 * @param publisher only documents by this publisher (exact name, as {@link EvidenceStore#publishers()} gives it)
 * @param from      only documents dated on or after this day
 * @param to        only documents dated on or before this day
 * @param text      only documents whose title or publisher contains every word of this, ignoring case
 * @param sort      the order
 * @param limit     page size, 1 to {@link #MAX_LIMIT}
 * @param offset    rows to skip, 0 or more
 */
public record DocumentQuery(String publisher, LocalDate from, LocalDate to, String text, Sort sort, int limit,
                            int offset) {

    public static final int MAX_LIMIT = 500;

    public DocumentQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more");
        }
        if (sort == null) {
            sort = Sort.DATE_DESC;
        }
    }

    /** Every document, newest first, in pages of {@code limit}. */
    public static DocumentQuery all(int limit) {
        return new DocumentQuery(null, null, null, null, Sort.DATE_DESC, limit, 0);
    }

    /**
     * The orders a document list can take. Each ends on the id, so that rows with equal keys keep one order from page
     * to page (else a row could show on two pages, or none). Undated documents come last either way.
     */
    public enum Sort {
        DATE_DESC("-date", "d.date_value DESC NULLS LAST, d.id"),
        DATE_ASC("date", "d.date_value ASC NULLS LAST, d.id"),
        TITLE_ASC("title", "LOWER(d.title) ASC NULLS LAST, d.id"),
        TITLE_DESC("-title", "LOWER(d.title) DESC NULLS LAST, d.id"),
        PUBLISHER_ASC("publisher", "LOWER(d.publisher) ASC NULLS LAST, d.date_value DESC NULLS LAST, d.id"),
        PUBLISHER_DESC("-publisher", "LOWER(d.publisher) DESC NULLS LAST, d.date_value DESC NULLS LAST, d.id");

        private final String label;
        final String orderBy;

        Sort(String label, String orderBy) {
            this.label = label;
            this.orderBy = orderBy;
        }

        /** The name used in URLs: a column, with a leading minus for descending. */
        public String label() {
            return label;
        }

        public static Sort parse(String label) {
            for (Sort s : values()) {
                if (s.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new IllegalArgumentException("sort is one of date, -date, title, -title, publisher, -publisher");
        }
    }
}
