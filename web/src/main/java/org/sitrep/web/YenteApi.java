package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.screen.Algorithm;
import org.sitrep.screen.Explanation;
import org.sitrep.screen.Match;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScoringTable;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.input.BirthDateReader;
import org.sitrep.screen.input.QueryNames;
import org.sitrep.screen.input.Schemas;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The matching API of OpenSanctions' yente, so that tools built for it can screen against Sitrep: {@code POST
 * /match/{dataset}}, {@code GET /search/{dataset}}, {@code GET /entities/{id}}, {@code GET /algorithms} and {@code GET
 * /catalog}, with yente's request and response shapes. Datasets are the workspace's active lists (by list id, e.g.
 * {@code us-ofac-sdn}) and {@code default}, all of them. Entity ids are {@code <list>-<id in the list>}. Matching
 * reads only, so it needs no token; a request holds at most {@value #MAX_QUERIES} queries.
 */
final class YenteApi {

    static final String ALL = "default";
    static final int MAX_QUERIES = 500;
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 500;
    /** yente's identifier properties, all compared as identity numbers. */
    private static final List<String> ID_PROPERTIES = List.of("idNumber", "passportNumber", "registrationNumber",
            "taxNumber", "innCode", "ogrnCode", "leiCode", "vatCode", "imoNumber");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads a query's birth dates as the CLI reads a batch file's (immutable, shared). */
    private static final BirthDateReader DATES = new BirthDateReader();

    private final EvidenceStore store;
    private final AnalysisCache cache;

    /** The lists, their screener and their parties by entity id. */
    private record Loaded(List<ListSnapshot> lists, Screener screener, Map<String, ListEntity> entities) {
    }

    YenteApi(EvidenceStore store, AnalysisCache cache) {
        this.store = store;
        this.cache = cache;
    }

    void register(Javalin app) {
        app.post("/match/{dataset}", this::match);
        app.get("/search/{dataset}", this::search);
        app.get("/entities/{id}", this::entity);
        app.get("/algorithms", this::algorithms);
        app.get("/catalog", this::catalog);
    }

    private Loaded loaded() {
        return cache.get("yente", () -> {
            List<ListSnapshot> lists = new ListStore(store).activeLists();
            Map<String, ListEntity> entities = new LinkedHashMap<>();
            for (ListSnapshot list : lists) {
                for (ListEntity e : list.entities()) {
                    entities.put(entityId(e.listId(), e.id()), e);
                }
            }
            return new Loaded(lists, Screener.of(lists, ScreeningSettings.defaults()), entities);
        });
    }

    static String entityId(String list, String id) {
        return list + "-" + id;
    }

    // ---- POST /match/{dataset}

    private void match(Context ctx) {
        Loaded l = loaded();
        Set<String> datasets = datasets(l, ctx.pathParam("dataset"));
        Algorithm algorithm = algorithm(Params.optional(ctx, "algorithm"));
        ScreeningSettings defaults = ScreeningSettings.of(algorithm);
        double threshold = fraction(ctx, "threshold", defaults.matchThreshold());
        double cutoff = fraction(ctx, "cutoff", Math.min(threshold, defaults.reviewThreshold()));
        int limit = Params.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "the body is not JSON: " + e.getMessage());
        }
        JsonNode queries = body == null ? null : body.get("queries");
        if (queries == null || !queries.isObject() || queries.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(),
                    "give {\"queries\": {\"key\": {\"schema\": ..., \"properties\": {\"name\": [...]}}}}");
        }
        if (queries.size() > MAX_QUERIES) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "at most " + MAX_QUERIES + " queries at once");
        }
        // ask the engine for more than the limit: matches outside the dataset are dropped afterwards
        Screener screener = l.screener().withSettings(defaults.withMatchThreshold(threshold)
                .withReviewThreshold(cutoff).withLimit(Math.min(MAX_LIMIT, limit * 4 + 20)));
        Map<String, Object> responses = new LinkedHashMap<>();
        var fields = queries.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            responses.put(entry.getKey(), matchOne(l, screener, entry.getKey(), entry.getValue(), datasets, threshold,
                    limit));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("responses", responses);
        out.put("matcher", featureDocs());
        out.put("limit", limit);
        ctx.json(out);
    }

    private Map<String, Object> matchOne(Loaded l, Screener screener, String key, JsonNode example,
                                         Set<String> datasets, double threshold, int limit) {
        if (!example.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "query " + key + " is not an object");
        }
        String schema = example.path("schema").asText(null);
        if (schema == null || Schemas.canonical(schema) == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(),
                    "query " + key + ": schema must be one of " + Schemas.NAMES);
        }
        JsonNode properties = example.path("properties");
        List<String> names = values(properties, "name");
        names.addAll(values(properties, "alias"));
        if (names.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "query " + key + " has no properties.name");
        }
        String birthDate = firstDate(key, values(properties, "birthDate"));
        List<String> countries = values(properties, "nationality");
        countries.addAll(values(properties, "country"));
        countries.addAll(values(properties, "citizenship"));
        countries.addAll(values(properties, "jurisdiction"));
        List<String> identifiers = new ArrayList<>();
        ID_PROPERTIES.forEach(p -> identifiers.addAll(values(properties, p)));
        // each name (and each country) is screened; a party keeps its best score
        Map<String, Match> best = new LinkedHashMap<>();
        for (String raw : names) {
            String name = QueryNames.tidy(raw);
            if (name == null) {
                continue;
            }
            for (String country : countries.isEmpty() ? java.util.Collections.<String>singletonList(null) : countries) {
                Query q = new Query(key, name, Schemas.canonical(schema), birthDate, country, identifiers);
                for (Match m : screener.screen(q)) {
                    if (!datasets.contains(m.list())) {
                        continue;
                    }
                    best.merge(entityId(m.list(), m.id()), m, (a, b) -> b.score() > a.score() ? b : a);
                }
            }
        }
        List<Match> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Match::score).reversed());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Match m : ranked.subList(0, Math.min(limit, ranked.size()))) {
            ListEntity e = l.entities().get(entityId(m.list(), m.id()));
            Map<String, Object> r = entityResponse(e);
            r.put("score", m.score());
            r.put("features", features(m.explanation()));
            r.put("match", m.score() >= threshold);
            r.put("explanation", m.explanation());
            results.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", 200);
        out.put("results", results);
        out.put("total", total(ranked.size()));
        out.put("query", example);
        return out;
    }

    /** The first birth date a query gives, read as the CLI reads one; an unreadable one is a 400. */
    private static String firstDate(String key, List<String> dates) {
        for (String date : dates) {
            try {
                String read = DATES.read(date);
                if (read != null) {
                    return read;
                }
            } catch (IllegalArgumentException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "query " + key + ", birthDate: " + e.getMessage());
            }
        }
        return null;
    }

    /** A match's explanation as yente's feature map: feature name to value. */
    private static Map<String, Double> features(List<Explanation> explanation) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Explanation e : explanation) {
            out.put(e.feature(), e.value());
        }
        return out;
    }

    /** yente's "matcher" block: every weight of the scoring table with its description. */
    private static Map<String, Object> featureDocs() {
        Map<String, Object> docs = new LinkedHashMap<>();
        ScoringTable.standard().all().values().forEach(w -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("description", w.description());
            doc.put("coefficient", w.weight());
            doc.put("url", null);
            docs.put(w.feature(), doc);
        });
        return docs;
    }

    private static Algorithm algorithm(String name) {
        if (name == null) {
            return Algorithm.SITREP;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            // tools built for yente ask for its algorithms by name; Sitrep's own stands in for them
            case "sitrep", "best", "default", "logic-v1", "logic-v2", "logic_v1", "logic_v2" -> Algorithm.SITREP;
            case "ofac", "ofac-emulation" -> Algorithm.OFAC;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST.getCode(),
                    "unknown algorithm " + name + "; see GET /algorithms");
        };
    }

    private static double fraction(Context ctx, String name, double fallback) {
        String value = Params.optional(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(value);
            if (v < 0 || v > 1 || Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), name + " must be a number between 0 and 1");
        }
    }

    // ---- GET /search/{dataset}

    private void search(Context ctx) {
        Loaded l = loaded();
        Set<String> datasets = datasets(l, ctx.pathParam("dataset"));
        String q = Params.required(ctx, "q");
        String schema = Params.optional(ctx, "schema");
        if (schema != null && Schemas.canonical(schema) == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "schema must be one of " + Schemas.NAMES);
        }
        int limit = Params.limit(ctx, 10, MAX_LIMIT);
        int offset = Math.max(0, Params.integer(ctx, "offset", 0));
        List<String> countries = ctx.queryParams("countries");
        String name = QueryNames.tidy(q);
        List<Match> found = name == null ? List.of() : l.screener().withSettings(ScreeningSettings.defaults()
                .withReviewThreshold(0.1).withLimit(MAX_LIMIT))
                .screen(new Query(null, name, Schemas.canonical(schema), null, null, List.of()));
        List<ListEntity> hits = new ArrayList<>();
        for (Match m : found) {
            ListEntity e = l.entities().get(entityId(m.list(), m.id()));
            if (e != null && datasets.contains(m.list()) && (schema == null || e.schema().equalsIgnoreCase(schema))
                    && (countries.isEmpty() || e.nationalities().stream().anyMatch(c -> countries.stream()
                    .anyMatch(c::equalsIgnoreCase)))) {
                hits.add(e);
            }
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (ListEntity e : hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size()))) {
            results.add(entityResponse(e));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("total", total(hits.size()));
        out.put("results", results);
        out.put("facets", facets(hits));
        ctx.json(out);
    }

    private static Map<String, Object> facets(List<ListEntity> hits) {
        Map<String, Integer> datasets = new TreeMap<>();
        Map<String, Integer> countries = new TreeMap<>();
        for (ListEntity e : hits) {
            datasets.merge(e.listId(), 1, Integer::sum);
            new LinkedHashSet<>(e.nationalities()).forEach(c -> countries.merge(c.toLowerCase(Locale.ROOT), 1, Integer::sum));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("datasets", facet("Data sources", datasets));
        out.put("countries", facet("Countries", countries));
        return out;
    }

    private static Map<String, Object> facet(String label, Map<String, Integer> counts) {
        List<Map<String, Object>> values = new ArrayList<>();
        counts.forEach((k, v) -> values.add(Map.of("name", k, "label", k, "count", v)));
        return Map.of("label", label, "values", values);
    }

    // ---- GET /entities/{id}

    private void entity(Context ctx) {
        ListEntity e = loaded().entities().get(ctx.pathParam("id"));
        if (e == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("detail", "no such entity: " + ctx.pathParam("id")));
            return;
        }
        ctx.json(entityResponse(e));
    }

    // ---- GET /algorithms and /catalog

    private void algorithms(Context ctx) {
        Map<String, Object> sitrep = new LinkedHashMap<>();
        sitrep.put("name", "sitrep");
        sitrep.put("description", "Sitrep's matcher: names in any script paired word by word with rarity weights, a"
                + " score calibrated as the probability of the same party (decision threshold "
                + ScreeningSettings.MATCH_THRESHOLD + "), birth date, nationality and identifiers as documented log-odds."
                + " Also answers to logic-v1, logic-v2 and best.");
        sitrep.put("features", featureDocs());
        Map<String, Object> ofac = new LinkedHashMap<>();
        ofac.put("name", "ofac");
        ofac.put("description", "An emulation of the score of OFAC's Sanctions List Search (names only; not a"
                + " probability), decision threshold " + ScreeningSettings.OFAC_MATCH_THRESHOLD + ".");
        ofac.put("features", Map.of(
                "ofac_words", Map.of("description", "each query word against its most similar listed word, averaged",
                        "coefficient", 1.0),
                "ofac_whole", Map.of("description", "the whole query against the whole listed name", "coefficient", 1.0)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algorithms", List.of(sitrep, ofac));
        out.put("default", "sitrep");
        out.put("best", "sitrep");
        ctx.json(out);
    }

    private void catalog(Context ctx) {
        Loaded l = loaded();
        List<Map<String, Object>> datasets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ListSnapshot list : l.lists()) {
            names.add(list.listId());
            datasets.add(dataset(list.listId(), list.listId() + " (" + list.format() + ", " + list.entities().size()
                    + " parties)", list.sha256().substring(0, 12), List.of()));
        }
        datasets.add(dataset(ALL, "All lists loaded in this Sitrep workspace", versionOf(l.lists()), names));
        List<String> current = new ArrayList<>(names);
        current.add(ALL);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("datasets", datasets);
        out.put("current", current);
        out.put("outdated", List.of());
        out.put("index_stale", false);
        ctx.json(out);
    }

    private static Map<String, Object> dataset(String name, String title, String version, List<String> children) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("title", title);
        d.put("summary", null);
        d.put("url", null);
        d.put("load", true);
        d.put("entities_url", null);
        d.put("version", version);
        d.put("index_version", version);
        d.put("index_current", true);
        d.put("children", children);
        return d;
    }

    /** A version of a collection: its lists' content hashes, combined. */
    private static String versionOf(List<ListSnapshot> lists) {
        StringBuilder all = new StringBuilder();
        lists.forEach(s -> all.append(s.sha256()));
        return Integer.toHexString(all.toString().hashCode());
    }

    private static Set<String> datasets(Loaded l, String dataset) {
        Set<String> ids = new LinkedHashSet<>();
        l.lists().forEach(s -> ids.add(s.listId()));
        if (dataset.equals(ALL)) {
            return ids;
        }
        if (!ids.contains(dataset)) {
            throw new ApiException(HttpStatus.NOT_FOUND.getCode(), "no such dataset: " + dataset + "; see GET /catalog");
        }
        return Set.of(dataset);
    }

    // ---- entities in FollowTheMoney's shape

    /** A listed party as yente's EntityResponse: id, caption, schema, properties, datasets, referents, target. */
    static Map<String, Object> entityResponse(ListEntity e) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "name", List.of(e.name()));
        put(p, "alias", e.strongAliases());
        put(p, "weakAlias", e.weakAliases());
        put(p, "previousName", e.previousNames());
        boolean person = e.schema().equalsIgnoreCase("Person");
        put(p, "birthDate", e.birthDates());
        put(p, "birthPlace", e.birthPlaces());
        put(p, person ? "nationality" : "country", e.nationalities().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        for (ListEntity.Identifier id : e.identifiers()) {
            String type = id.type() == null ? "" : id.type().toLowerCase(Locale.ROOT);
            put(p, type.contains("passport") ? "passportNumber" : type.contains("regist") ? "registrationNumber"
                    : type.contains("tax") ? "taxNumber" : "idNumber", List.of(id.number()));
        }
        put(p, "address", e.addresses());
        put(p, "program", e.programs());
        put(p, "notes", e.remarks() == null ? List.of() : List.of(e.remarks()));
        put(p, "topics", List.of("sanction"));
        put(p, "createdAt", e.listedOn() == null ? List.of() : List.of(e.listedOn()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", entityId(e.listId(), e.id()));
        out.put("caption", e.name());
        out.put("schema", e.schema());
        out.put("properties", p);
        out.put("datasets", List.of(e.listId()));
        out.put("referents", List.of());
        out.put("target", true);
        out.put("first_seen", null);
        out.put("last_seen", null);
        out.put("last_change", null);
        return out;
    }

    private static void put(Map<String, List<String>> p, String property, List<String> values) {
        List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (!kept.isEmpty()) {
            p.computeIfAbsent(property, k -> new ArrayList<>()).addAll(kept);
        }
    }

    private static List<String> values(JsonNode properties, String name) {
        List<String> out = new ArrayList<>();
        JsonNode v = properties.get(name);
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (x.isValueNode() && !x.asText().isBlank()) {
                    out.add(x.asText());
                }
            });
        } else if (v.isValueNode() && !v.asText().isBlank()) {
            out.add(v.asText());
        }
        return out;
    }

    private static Map<String, Object> total(int value) {
        return Map.of("value", value, "relation", "eq");
    }
}
