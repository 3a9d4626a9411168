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

    private record Loaded(Screener screener, Map<String, Object> lists) {
    }

    ScreeningApi(EvidenceStore store, AnalysisCache cache) {
        this.store = store;
        this.cache = cache;
    }

    void register(Javalin app) {
        app.get("/api/screen", this::one);
        app.post("/api/screen", this::batch);
    }

    /** Loads the lists now, so that the first screening is quick. */
    void warm() {
        loaded();
    }

    /** The screener over the active lists, built again when the lists change (an upload, a re-import). */
    private Loaded loaded() {
        return cache.get("screener", () -> {
            List<ListSnapshot> lists = new ListStore(store).activeLists();
            return new Loaded(Screener.of(lists, ScreeningSettings.defaults()), ScreeningJson.lists(lists));
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
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=screening.csv")
                    .result(csv(queries, matches));
        } else {
            ctx.json(Map.of("results", results));
        }
    }

    private static String csv(List<Query> queries, List<List<Match>> matches) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("query_id", "query_name",
                "list", "list_id", "name", "matched_name", "schema", "score", "match", "explanation").build())) {
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                for (Match m : matches.get(i)) {
                    printer.printRecord(q.id(), defang(q.name()), m.list(), m.id(), defang(m.name()),
                            defang(m.matchedName()), m.schema(), String.format(Locale.ROOT, "%.3f", m.score()),
                            m.match(), defang(explain(m.explanation())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
