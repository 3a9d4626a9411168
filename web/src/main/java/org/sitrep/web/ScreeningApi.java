package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.screen.Explanation;
import org.sitrep.screen.Match;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.input.BirthDateReader;
import org.sitrep.screen.input.QueryRows;
import org.sitrep.screen.json.ScreeningJson;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Screening against the workspace's active sanctions lists: {@code GET /api/screen?name=} for one party and
 * {@code POST /api/screen} for a CSV of parties (columns {@code name} and optionally {@code id, schema, birth_date,
 * country}), answering JSON (the {@code sitrep screen} shape, one object per query) or, with {@code ?format=csv}, a
 * CSV with one row per match and its explanation. Screening reads only, so it needs no token.
 */
final class ScreeningApi {

    static final int MAX_CSV_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 2000;

    private final EvidenceStore store;
    private final AnalysisCache cache;

    private record Loaded(Screener screener, Map<String, Object> lists, List<ListStore.StoredSnapshot> versions) {
    }

    ScreeningApi(EvidenceStore store, AnalysisCache cache) {
        this.store = store;
        this.cache = cache;
    }

    void register(Javalin app) {
        app.get("/api/screen", this::one);
        app.post("/api/screen", this::batch);
        app.get("/api/screen/lists", ctx -> ctx.json(Map.of("lists", versions(loaded().versions()))));
    }

    /** Loads the lists now, so that the first screening is quick. */
    void warm() {
        loaded();
    }

    /** The screener over the active lists, built again when the lists change (an upload, a re-import). */
    private Loaded loaded() {
        return cache.get("screener", () -> {
            ListStore listStore = new ListStore(store);
            List<ListSnapshot> lists = listStore.activeLists();
            return new Loaded(Screener.of(lists, ScreeningSettings.defaults()), ScreeningJson.lists(lists),
                    listStore.activeSnapshots());
        });
    }

    private void one(Context ctx) {
        String birthDate;
        try {
            birthDate = new BirthDateReader().read(Params.optional(ctx, "birth_date"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "birth_date: " + e.getMessage());
        }
        Query query = new Query(null, Params.required(ctx, "name"), Params.optional(ctx, "schema"),
                birthDate, Params.optional(ctx, "country"), List.of());
        answer(ctx, List.of(query));
    }

    private void batch(Context ctx) {
        String csv;
        UploadedFile file = ctx.uploadedFile("file");
        try {
            if (file != null) {
                if (file.size() > MAX_CSV_BYTES) {
                    throw new ApiException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "the CSV is over 1 MB");
                }
                try (InputStream in = file.content()) {
                    csv = Utf8.decode(in.readNBytes(MAX_CSV_BYTES + 1), "the CSV");
                }
            } else {
                csv = Utf8.decode(ctx.bodyAsBytes(), "the CSV");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (csv.length() > MAX_CSV_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "the CSV is over 1 MB");
        }
        List<Query> queries;
        try {
            queries = queries(csv);
        } catch (UncheckedIOException e) { // Commons CSV's record iterator: an unclosed or stray quote, with its line
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "not a readable CSV: "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
        answer(ctx, queries);
    }

    /**
     * Parses the CSV with the rows reader the CLI uses (same columns, same written dates); a bad one is refused with
     * the line and column that is wrong.
     */
    static List<Query> queries(String csv) {
        List<Query> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).build();
        QueryRows rows = new QueryRows(new BirthDateReader(), null);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.replace("\uFEFF", "")), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!QueryRows.hasNameColumn(header)) {
                throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "line 1: the CSV needs a 'name' column");
            }
            for (CSVRecord r : parser) {
                if (out.size() >= MAX_ROWS) {
                    throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "at most " + MAX_ROWS + " rows at once");
                }
                Map<String, String> cells = new java.util.HashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    cells.put(header.get(i), r.get(i));
                }
                try {
                    out.add(rows.read(header, cells, null));
                } catch (QueryRows.UnreadableCell e) {
                    throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "line " + parser.getCurrentLineNumber()
                            + ", column " + e.position() + " (" + e.column() + "): " + e.getMessage());
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "not a readable CSV: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "the CSV holds no rows");
        }
        return out;
    }

    private void answer(Context ctx, List<Query> queries) {
        Loaded l = loaded();
        List<Map<String, Object>> results = new ArrayList<>();
        List<List<Match>> matches = new ArrayList<>();
        for (Query q : queries) {
            List<Match> found = l.screener().screen(q);
            matches.add(found);
            results.add(ScreeningJson.screening(q, found, l.lists()));
        }
        String at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=screening.csv")
                    .result(csv(queries, matches, l.versions(), at));
        } else {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("screened_at", at);
            out.put("lists", versions(l.versions()));
            out.put("results", results);
            ctx.json(out);
        }
    }

    /** The list versions screened against: what an audit needs to say which lists a decision rested on. */
    private static List<Map<String, Object>> versions(List<ListStore.StoredSnapshot> versions) {
        return versions.stream().map(v -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("list", v.listId());
            m.put("imported_at", v.importedAt() == null ? null : v.importedAt().toString());
            m.put("records", v.entityCount());
            m.put("sha256", v.sha256());
            return m;
        }).toList();
    }

    /**
     * The audit trail of a screening: every input of every query (a query without candidates still has its row),
     * each candidate's score as the page shows it (three decimals, penalties included), every feature's score, the
     * version of the list it comes from and when the screening ran.
     */
    private static String csv(List<Query> queries, List<List<Match>> matches, List<ListStore.StoredSnapshot> versions,
                              String at) {
        Map<String, ListStore.StoredSnapshot> byList = versions.stream()
                .collect(Collectors.toMap(ListStore.StoredSnapshot::listId, v -> v, (a, b) -> a));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("screened_at", "query_id",
                "query_name", "query_schema", "query_country", "query_birth_date", "list", "list_id", "name",
                "matched_name", "schema", "score", "match", "feature_scores", "explanation", "list_imported_at",
                "list_records", "list_sha256", "lists_screened").build())) {
            String all = versions.stream().map(v -> v.listId() + "@" + v.sha256().substring(0, 12) + " ("
                    + v.entityCount() + " records, " + v.importedAt() + ")").collect(Collectors.joining("; "));
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                List<Object> inputs = List.of(at, q.id() == null ? "" : q.id(), defang(q.name()), nz(q.schema()),
                        defang(nz(q.country())), nz(q.birthDate()));
                if (matches.get(i).isEmpty()) {
                    List<Object> row = new ArrayList<>(inputs);
                    for (int k = 0; k < 12; k++) {
                        row.add("");
                    }
                    row.add(all);
                    printer.printRecord(row);
                }
                for (Match m : matches.get(i)) {
                    ListStore.StoredSnapshot v = byList.get(m.list());
                    List<Object> row = new ArrayList<>(inputs);
                    row.addAll(List.of(m.list(), m.id(), defang(m.name()), defang(m.matchedName()), m.schema(),
                            String.format(Locale.ROOT, "%.3f", m.score()), m.match(),
                            m.explanation().stream().map(e -> e.feature() + "="
                                    + String.format(Locale.ROOT, "%.3f", e.value())).collect(Collectors.joining("; ")),
                            defang(explain(m.explanation())),
                            v == null ? "" : String.valueOf(v.importedAt()), v == null ? "" : v.entityCount(),
                            v == null ? "" : v.sha256(), all));
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String explain(List<Explanation> explanation) {
        return explanation.stream()
                .map(e -> e.feature() + " " + String.format(Locale.ROOT, "%.2f", e.value()) + ": " + e.detail())
                .collect(Collectors.joining("; "));
    }

    /** Keeps a spreadsheet from reading hostile list text as a formula. */
    static String defang(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
