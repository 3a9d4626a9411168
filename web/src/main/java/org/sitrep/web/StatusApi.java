package org.sitrep.web;

import io.javalin.Javalin;
import org.sitrep.store.EvidenceStore;

/** {@code GET /api/status}: what the workspace holds. */
final class StatusApi {

    private final EvidenceStore store;

    StatusApi(EvidenceStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/status", ctx -> ctx.json(store.status()));
    }
}
