package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The paging and sorting parameters every list API takes ({@code limit}, {@code offset}, {@code sort} with a leading
 * minus for descending), and the envelope every list answers with ({@code total}, {@code limit}, {@code offset},
 * {@code sort}), so that each page shows "21-40 of 1,312" and pages on the same way.
 *
 * <p>Lists kept in the database (documents) are paged there; lists the analysis computes for the whole workspace at
 * once and caches (claims, incidents, events) are paged here, over the cached result, which is what keeps their
 * responses small.
 */
final class Paging {

    /** The most rows one request may ask for. */
    static final int MAX_LIMIT = 500;

    private Paging() {
    }

    /** The page asked for: {@code limit} 1..{@value #MAX_LIMIT} (else {@code fallback}), {@code offset} 0 or more. */
    record Request(int limit, int offset, String sort) {
    }

    static Request request(Context ctx, int fallbackLimit, String fallbackSort) {
        int offset = Params.integer(ctx, "offset", 0);
        if (offset < 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "offset must be 0 or more");
        }
        String sort = Params.optional(ctx, "sort");
        return new Request(Params.limit(ctx, fallbackLimit, MAX_LIMIT), offset,
                sort == null ? fallbackSort : sort.toLowerCase(Locale.ROOT));
    }

    /**
     * Sorts {@code all} by the requested key (one of {@code keys}; a leading minus reverses it) and cuts the page.
     * Ties keep the analysis's own order, which is stable, so a row never shows on two pages.
     */
    static <T> List<T> page(List<T> all, Request r, Map<String, Comparator<T>> keys) {
        boolean descending = r.sort().startsWith("-");
        Comparator<T> key = keys.get(descending ? r.sort().substring(1) : r.sort());
        if (key == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "sort is one of "
                    + String.join(", ", keys.keySet()) + " (a leading - for descending)");
        }
        List<T> sorted = all.stream().sorted(descending ? key.reversed() : key).toList();
        int from = Math.min(r.offset(), sorted.size());
        return sorted.subList(from, Math.min(sorted.size(), from + r.limit()));
    }

    /** The envelope: {@code name} holds the rows; total, limit, offset and sort say where they stand. */
    static Map<String, Object> envelope(String name, List<?> rows, long total, Request r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(name, rows);
        m.put("total", total);
        m.put("limit", r.limit());
        m.put("offset", r.offset());
        m.put("sort", r.sort());
        return m;
    }

    /** Whether {@code hay} holds every word of {@code text}, ignoring case (true for no text). */
    static boolean containsWords(String hay, String text) {
        if (text == null) {
            return true;
        }
        String h = hay.toLowerCase(Locale.ROOT);
        for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isBlank() && !h.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A text key, compared without case; a missing value as empty (ISO dates compare rightly as text). */
    static <T> Comparator<T> byText(java.util.function.Function<T, String> f) {
        return Comparator.comparing(t -> {
            String v = f.apply(t);
            return v == null ? "" : v.toLowerCase(Locale.ROOT);
        });
    }
}
