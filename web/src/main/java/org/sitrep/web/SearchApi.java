package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.util.Map;

/** {@code GET /api/search?q=...}: full-text search over documents. */
final class SearchApi {

    private static final int MAX_LIMIT = 200;

    private final EvidenceStore store;
    private final SearchIndex index;

    SearchApi(EvidenceStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    void register(Javalin app) {
        app.get("/api/search", this::search);
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "give a query: ?q=...");
        }
        if (q.length() > 1000) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "query too long");
        }
        int limit = Math.min(MAX_LIMIT, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(20));
        synchronized (index) {
            index.sync(store);
        }
        ctx.json(Map.of("query", q, "documents", index.search(q, limit)));
    }
}
