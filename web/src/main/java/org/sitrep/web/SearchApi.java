package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.analysis.events.Event;
import org.sitrep.analysis.events.Events;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/search?q=...}: one query over documents (full text), entities (names and aliases) and events
 * (type, place, parties, quote), with facets to narrow each: document year, entity schema, event type. Facet
 * parameters {@code year}, {@code schema} and {@code type} filter the lists; facet counts are over all hits.
 * {@code limit} and {@code offset} page the document and event lists; {@code totals} says how many each holds.
 */
final class SearchApi {

    private static final int MAX_LIMIT = 200;
    private static final int RECENT_QUERIES = 50;

    private final EvidenceStore store;
    private final SearchIndex index;
    private final AnalysisCache cache;

    SearchApi(EvidenceStore store, SearchIndex index, AnalysisCache cache) {
        this.store = store;
        this.index = index;
        this.cache = cache;
    }

    void register(Javalin app) {
        app.get("/api/search", this::search);
    }

    private void search(Context ctx) {
        String q = Params.required(ctx, "q");
        int limit = Params.limit(ctx, 20, MAX_LIMIT);
        int offset = Params.integer(ctx, "offset", 0);
        if (offset < 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "offset must be 0 or more");
        }
        String year = Params.optional(ctx, "year");
        String schema = Params.optional(ctx, "schema");
        String type = Params.optional(ctx, "type");

        List<SearchIndex.Hit> hits;
        synchronized (index) {
            // Bringing the index in step reads every id on both sides (seconds at tens of thousands of documents):
            // done once per state of the workspace, not per request. The best hits of the last few queries are kept
            // for as long, so that paging through them and narrowing them by year costs nothing more.
            cache.get("search-index-synced", () -> index.sync(store));
            Map<String, List<SearchIndex.Hit>> recent = cache.get("search-hits", LinkedHashMap::new);
            hits = recent.get(q);
            if (hits == null) {
                hits = index.find(q, MAX_LIMIT);
                if (recent.size() >= RECENT_QUERIES) {
                    recent.clear();
                }
                recent.put(q, hits);
            }
        }
        Map<String, Integer> years = new TreeMap<>();
        List<SearchIndex.Hit> documents = new ArrayList<>();
        int documentTotal = 0;
        for (SearchIndex.Hit h : hits) {
            String y = h.date() == null || h.date().length() < 4 ? "unknown" : h.date().substring(0, 4);
            years.merge(y, 1, Integer::sum);
            if (year == null || year.equals(y)) {
                if (documentTotal >= offset && documents.size() < limit) {
                    documents.add(h);
                }
                documentTotal++;
            }
        }
        synchronized (index) {
            documents = index.withSnippets(q, documents); // only the page shown is highlighted
        }
        Map<String, Object> entities = store.query(c -> EntitiesApi.find(c, q, schema, limit));

        Map<String, Integer> types = new TreeMap<>();
        List<Map<String, Object>> events = new ArrayList<>();
        List<String> words = words(q);
        int eventTotal = 0;
        for (Event e : cache.get("events-all", () -> new Events(store).all())) {
            if (!matches(e, words)) {
                continue;
            }
            types.merge(e.type(), 1, Integer::sum);
            if (type == null || type.equals(e.type())) {
                if (eventTotal >= offset && events.size() < limit) {
                    events.add(EventsApi.event(e));
                }
                eventTotal++;
            }
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("year", years);
        facets.put("schema", ((Map<?, ?>) entities.get("facets")).get("schema"));
        facets.put("type", types);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("documents", documents);
        out.put("entities", entities.get("entities"));
        out.put("events", events);
        out.put("facets", facets);
        // Documents are ranked among the best MAX_LIMIT hits, so their total says "at least" when it reaches it.
        out.put("totals", Map.of("documents", documentTotal, "events", eventTotal,
                "documents_capped", hits.size() >= MAX_LIMIT));
        out.put("limit", limit);
        out.put("offset", offset);
        ctx.json(out);
    }

    private static List<String> words(String q) {
        List<String> out = new ArrayList<>();
        for (String w : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        if (out.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "the query holds no words");
        }
        return out;
    }

    /** Every word of the query occurs in the event's type, place, parties or quote. */
    private static boolean matches(Event e, List<String> words) {
        StringBuilder text = new StringBuilder().append(e.label()).append(' ').append(e.place()).append(' ')
                .append(e.evidence().quote());
        e.participants().forEach(p -> text.append(' ').append(p.party().name()));
        String hay = text.toString().toLowerCase(Locale.ROOT);
        return words.stream().allMatch(hay::contains);
    }
}
