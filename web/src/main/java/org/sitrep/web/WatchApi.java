package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListStore;
import org.sitrep.screen.review.Decision;
import org.sitrep.screen.review.ReviewTrail;
import org.sitrep.screen.review.Verdict;
import org.sitrep.screen.watch.EntryHash;
import org.sitrep.screen.watch.WatchFolder;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The watchlist's re-screenings and the review trail: {@code GET /api/watch} answers the latest runs logged when the
 * workspace's lists changed (new, changed and removed hits by list version), each hit with the decision that stands
 * on it and whether that decision still holds for the listed entry as it is now; {@code POST /api/watch/review}
 * records a decision (true match, false match, unsure) against the active entry, and {@code GET /api/watch/reviews}
 * exports the trail as JSON or, with {@code ?format=csv}, CSV.
 */
final class WatchApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Runs shown, newest first. */
    private static final int RUNS = 20;
    private static final int MAX_NOTE = 2000;

    private final EvidenceStore store;
    private final WatchFolder folder;

    WatchApi(EvidenceStore store, Path watchFolder) {
        this.store = store;
        this.folder = watchFolder == null ? null : new WatchFolder(watchFolder);
    }

    void register(Javalin app) {
        app.get("/api/watch", this::runs);
        app.post("/api/watch/review", this::review);
        app.get("/api/watch/reviews", this::export);
    }

    private WatchFolder folder() {
        if (folder == null) {
            throw new ApiException(HttpStatus.CONFLICT.getCode(), "this server has no workspace folder to keep a watchlist in");
        }
        return folder;
    }

    private void runs(Context ctx) throws IOException {
        if (folder == null) {
            ctx.json(Map.of("watched", 0, "runs", List.of(), "decisions", 0));
            return;
        }
        ReviewTrail trail = folder.reviews();
        ListStore lists = new ListStore(store);
        Map<String, String> currentHash = new LinkedHashMap<>();
        List<WatchFolder.Run> all = folder.runs();
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && runs.size() < RUNS; i--) {
            WatchFolder.Run run = all.get(i);
            List<Map<String, Object>> changes = new ArrayList<>();
            for (Map<String, Object> c : run.changes()) {
                Map<String, Object> change = new LinkedHashMap<>(c);
                String list = String.valueOf(c.get("list"));
                String id = String.valueOf(c.get("id"));
                Optional<Decision> decision = trail.latest(String.valueOf(c.get("query_id")), list, id);
                change.put("decision", decision.map(d -> decision(d, currentHash.computeIfAbsent(list + "\t" + id,
                        k -> lists.entity(list, id).map(EntryHash::of).orElse("")))).orElse(null));
                changes.add(change);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", run.at());
            m.put("trigger", run.trigger());
            m.put("versions_before", run.versionsBefore());
            m.put("versions_after", run.versionsAfter());
            m.put("watched", run.watched());
            m.put("suppressed", run.suppressed());
            m.put("changes", changes);
            runs.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("watched", folder.watchlist().size());
        out.put("runs", runs);
        out.put("decisions", trail.all().size());
        ctx.json(out);
    }

    private static Map<String, Object> decision(Decision d, String entryHashNow) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", d.verdict().name().toLowerCase(Locale.ROOT));
        m.put("note", d.note());
        m.put("by", d.by());
        m.put("at", d.at());
        m.put("list_version", d.listVersion());
        m.put("entry_hash", d.entityHash());
        // a decision speaks of the entry as it stood: once the list changes that entry, it needs deciding again
        m.put("holds", d.entityHash().equals(entryHashNow));
        return m;
    }

    private void review(Context ctx) throws IOException {
        WatchFolder watch = folder();
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            body = null;
        }
        String queryId = text(body, "query_id");
        String list = text(body, "list");
        String id = text(body, "id");
        String by = text(body, "by");
        if (queryId == null || list == null || id == null || by == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "send JSON: {\"query_id\", \"query_name\", \"list\","
                    + " \"id\", \"decision\": \"true\" | \"false\" | \"unsure\", \"note\", \"by\"}");
        }
        Verdict verdict;
        try {
            verdict = Verdict.parse(text(body, "decision"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "decision: true, false or unsure");
        }
        String note = Optional.ofNullable(text(body, "note")).orElse("");
        if (note.length() > MAX_NOTE) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "the note is over " + MAX_NOTE + " characters");
        }
        ListStore lists = new ListStore(store);
        ListEntity entry = lists.entity(list, id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND.getCode(),
                "no party " + id + " in the workspace's list " + list));
        String version = lists.activeSnapshots().stream().filter(s -> s.listId().equals(list)).findFirst()
                .orElseThrow().sha256();
        Decision d = watch.decide(queryId, text(body, "query_name"), entry, version, verdict, note, by);
        ctx.json(decision(d, d.entityHash()));
    }

    private void export(Context ctx) throws IOException {
        ReviewTrail trail = folder().reviews();
        StringWriter out = new StringWriter();
        if ("csv".equals(ctx.queryParam("format"))) {
            trail.exportCsv(out);
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=reviews.csv");
        } else {
            trail.exportJson(out);
            ctx.contentType("application/json");
        }
        ctx.result(out.toString());
    }

    private static String text(JsonNode body, String field) {
        if (body == null || !body.hasNonNull(field)) {
            return null;
        }
        String s = body.get(field).asText().strip();
        return s.isEmpty() ? null : s;
    }
}
