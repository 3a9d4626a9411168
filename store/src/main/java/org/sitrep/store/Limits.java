package org.sitrep.store;

import java.nio.charset.StandardCharsets;

/**
 * The lengths the schema can hold where a column is a key or indexed. Text columns that are neither are unbounded
 * (migration V15); these bounds remain because PostgreSQL refuses a b-tree index entry over about 2,700 bytes, and
 * callers check input against them so that an over-long value is refused with its file, line and field instead of
 * failing a whole transaction.
 */
public final class Limits {

    /** Longest name (list party, alias, extracted entity) kept, in characters; no real name comes near it. */
    public static final int MAX_NAME = 500;
    /** Longest record or list id kept, in characters ({@code list_record.record_id}, {@code statement.record_id}). */
    public static final int MAX_ID = 200;
    /** Longest list id, in characters ({@code list_snapshot.list_id}). */
    public static final int MAX_LIST_ID = 100;
    /** Longest indexed statement value, in UTF-8 bytes: below PostgreSQL's b-tree limit with the property beside it. */
    public static final int MAX_INDEXED_BYTES = 2000;

    private Limits() {
    }

    /**
     * {@code value} cut, at a code point, to at most {@link #MAX_INDEXED_BYTES} UTF-8 bytes. Only for values whose
     * whole text stays in their evidence (a list record's JSON, a document's span), such as a list's remarks.
     */
    public static String fitIndexed(String value) {
        if (value == null || value.length() * 3 <= MAX_INDEXED_BYTES
                || value.getBytes(StandardCharsets.UTF_8).length <= MAX_INDEXED_BYTES) {
            return value;
        }
        int bytes = 0;
        int end = 0;
        while (end < value.length()) {
            int cp = value.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_INDEXED_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return value.substring(0, end);
    }
}
