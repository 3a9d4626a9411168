package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.analysis.Documents;
import org.sitrep.analysis.claims.Assessment;
import org.sitrep.analysis.claims.ClaimsAnalysis;
import org.sitrep.analysis.events.Event;
import org.sitrep.analysis.events.EventFilter;
import org.sitrep.analysis.events.Events;
import org.sitrep.graph.LinkGraph;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListStore;
import org.sitrep.model.Link;
import org.sitrep.store.EvidenceStore;

import org.sitrep.resolve.EntityDecisions;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.resolve.Resolution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code GET /api/entities?q=} (find parties by name) and {@code GET /api/entity?id=} (the dossier: names, other
 * properties, designations with their list records, links, events, claims for and against, and a timeline), every
 * fact with its evidence.
 */
final class EntitiesApi {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EntitiesApi.class);

    static final Set<String> NAME_PROPS = Set.of("name", "alias", "weakAlias", "previousName");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EvidenceStore store;
    private final AnalysisCache cache;

    EntitiesApi(EvidenceStore store, AnalysisCache cache) {
        this.store = store;
        this.cache = cache;
    }

    void register(Javalin app) {
        app.get("/api/entities", this::find);
        app.get("/api/entity", this::dossier);
        app.get("/api/parties", this::parties);
    }

    /**
     * {@code GET /api/parties?q=}: what a name box offers as the reader types (prefix and fuzzy, see
     * {@link PartySuggestions}); {@code ?id=} names one party, so that a box given an id shows its name.
     */
    private void parties(Context ctx) {
        PartySuggestions index = cache.get("party-names", () -> new PartySuggestions(store.partyNames()));
        String id = Params.optional(ctx, "id");
        List<PartySuggestions.Suggestion> found;
        if (id != null) {
            found = store.query(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id, schema_name, caption FROM entity WHERE id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? List.of(new PartySuggestions.Suggestion(rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getString(3), 0, true)) : List.<PartySuggestions.Suggestion>of();
                    }
                }
            });
        } else {
            found = index.suggest(Params.required(ctx, "q"), Params.limit(ctx, 10, 50));
        }
        Set<String> designated = store.query(c -> Graphs.designated(c, found.stream().map(PartySuggestions.Suggestion::id).toList()));
        ctx.json(Map.of("parties", found.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("caption", s.caption());
            m.put("schema", s.schema());
            m.put("matched", s.matched().equals(s.caption()) ? null : s.matched());
            m.put("designated", designated.contains(s.id()));
            return m;
        }).toList()));
    }

    private void find(Context ctx) {
        String q = Params.required(ctx, "q");
        String schema = ctx.queryParam("schema");
        int limit = Params.limit(ctx, 50, 500);
        ctx.json(store.query(c -> find(c, q, schema, limit)));
    }

    /** Entities whose caption or any name contains {@code q}, with schema facet counts. */
    static Map<String, Object> find(Connection c, String q, String schema, int limit) throws SQLException {
        String like = "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        Map<String, Map<String, Object>> hits = new LinkedHashMap<>();
        Map<String, Integer> facets = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.schema_name, e.caption FROM entity e WHERE e.id IN"
                + " (SELECT id FROM entity WHERE LOWER(caption) LIKE ? UNION SELECT entity_id FROM statement"
                + " WHERE prop IN ('name', 'alias', 'weakAlias', 'previousName') AND LOWER(prop_value) LIKE ?)"
                + " ORDER BY LENGTH(e.caption), e.caption")) {
            ps.setString(1, like);
            ps.setString(2, like);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String s = rs.getString(2);
                    facets.merge(s, 1, Integer::sum);
                    if ((schema == null || schema.isBlank() || schema.equals(s)) && hits.size() < limit) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", rs.getString(1));
                        m.put("schema", s);
                        m.put("caption", rs.getString(3));
                        hits.put(rs.getString(1), m);
                    }
                }
            }
        }
        Set<String> designated = Graphs.designated(c, List.copyOf(hits.keySet()));
        hits.forEach((id, m) -> m.put("designated", designated.contains(id)));
        // When the caption does not hold the words, say which name did ("BATIRASHVILI, Tarkhan" for "Shishani").
        List<String> aliased = hits.values().stream()
                .filter(m -> !((String) m.get("caption")).toLowerCase(java.util.Locale.ROOT).contains(like.replace("%", "")))
                .map(m -> (String) m.get("id")).toList();
        if (!aliased.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(aliased.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, MIN(prop_value) FROM statement"
                    + " WHERE prop IN ('name', 'alias', 'weakAlias', 'previousName') AND LOWER(prop_value) LIKE ?"
                    + " AND entity_id IN (" + marks + ") GROUP BY entity_id")) {
                ps.setString(1, like);
                for (int i = 0; i < aliased.size(); i++) {
                    ps.setString(i + 2, aliased.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.get(rs.getString(1)).put("matched", rs.getString(2));
                    }
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("entities", List.copyOf(hits.values()));
        out.put("facets", Map.of("schema", facets));
        return out;
    }

    private void dossier(Context ctx) {
        // an id merged away (by a person, or as the same party on another list) opens the entity it became
        String requested = Params.required(ctx, "id");
        String id = new EntityDecisions(store).current(requested);
        Map<String, Object> out = store.query(c -> {
            Map<String, Object> entity = entity(c, id);
            Documents documents = new Documents(c);
            List<Map<String, Object>> statements = statements(c, id, documents);
            Map<String, Object> m = new LinkedHashMap<>(entity);
            m.put("names", statements.stream().filter(s -> NAME_PROPS.contains((String) s.get("property"))).toList());
            m.put("properties", statements.stream().filter(s -> !NAME_PROPS.contains((String) s.get("property"))).toList());
            return m;
        });
        List<Map<String, Object>> designations = designations(id);
        out.put("designated", !designations.isEmpty());
        out.put("designations", designations);
        List<Map<String, Object>> links = links(id);
        out.put("links", links);
        List<Event> events = events(id);
        out.put("events", events.stream().map(EventsApi::event).toList());
        out.put("claims", store.query(c -> Claims.about(c, id)));
        try {
            out.put("assessments", assessments(id));
        } catch (RuntimeException e) {
            // The rest of the dossier stands on its own; say the analysis failed rather than fail the page.
            LOG.error("claims analysis for {} failed", id, e);
            out.put("assessments", List.of());
            out.put("assessments_error", "claims analysis failed; see the server log");
        }
        out.put("resolutions", resolutions(id));
        out.put("timeline", timeline(events, designations, links));
        ctx.json(out);
    }

    /**
     * Why names and entries became this entity, one row per method, name and match (a name resolved the same way in
     * seven documents is one row that says seven).
     */
    private List<Map<String, Object>> resolutions(String id) {
        return Resolution.grouped(new KnowledgeBase(store).resolutions(id)).stream().map(g -> {
            Resolution r = g.latest();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("method", r.method());
            row.put("name", r.name());
            row.put("matched", r.matchedName());
            row.put("score", r.score());
            row.put("detail", r.detail());
            row.put("merged_id", r.mergedId());
            row.put("documents", g.documents());
            return row;
        }).toList();
    }

    private static Map<String, Object> entity(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, schema_name, caption FROM entity WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ApiException(HttpStatus.NOT_FOUND.getCode(), "no such entity");
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", rs.getString(1));
                m.put("schema", rs.getString(2));
                m.put("caption", rs.getString(3));
                return m;
            }
        }
    }

    /** Every property value of the entity, merged by (property, value), each with all its evidence. */
    private static List<Map<String, Object>> statements(Connection c, String id, Documents documents) throws SQLException {
        Map<String, Map<String, Object>> byValue = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT prop, prop_value, document_id, span_start, span_end,"
                + " list_id, record_id, user_name FROM statement WHERE entity_id = ? ORDER BY prop, prop_value")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String prop = rs.getString(1);
                    String value = rs.getString(2);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> evidence = (List<Map<String, Object>>) byValue.computeIfAbsent(
                            prop + "\u001f" + value, k -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("property", prop);
                                m.put("value", value);
                                m.put("evidence", new ArrayList<Map<String, Object>>());
                                return m;
                            }).get("evidence");
                    if (evidence.size() >= 5) {
                        continue;
                    }
                    if (rs.getString(3) != null) {
                        evidence.add(Graphs.evidence(documents.evidence(rs.getString(3).trim(), rs.getInt(4), rs.getInt(5))));
                    } else if (rs.getString(6) != null) {
                        evidence.add(Map.of("list", rs.getString(6), "record", rs.getString(7)));
                    } else {
                        evidence.add(Map.of("user", rs.getString(8)));
                    }
                }
            }
        }
        return List.copyOf(byValue.values());
    }

    /** The list records that name the entity, whole, from each list's active snapshot. */
    private List<Map<String, Object>> designations(String id) {
        List<String[]> records = store.query(c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT list_id, record_id FROM statement"
                    + " WHERE entity_id = ? AND list_id IS NOT NULL ORDER BY list_id, record_id")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return out;
        });
        ListStore lists = new ListStore(store);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String[] r : records) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("list", r[0]);
            m.put("record_id", r[1]);
            ListEntity entity = lists.entity(r[0], r[1]).orElse(null);
            if (entity != null) {
                m.put("name", entity.name());
                m.put("programs", entity.programs());
                m.put("listed_on", entity.listedOn());
                m.put("source", entity.source());
                try {
                    m.put("record", JSON.readTree(lists.toJson(entity)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            out.add(m);
        }
        return out;
    }

    private List<Map<String, Object>> links(String id) {
        List<Link> links = new LinkGraph(store).neighbours(id);
        return store.query(c -> {
            Documents documents = new Documents(c);
            Set<String> others = new LinkedHashSet<>();
            links.forEach(l -> others.add(l.other(id)));
            Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
            for (Map<String, Object> n : Graphs.nodes(c, others)) {
                nodes.put((String) n.get("id"), n);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (Link l : links) {
                Map<String, Object> e = Graphs.edge(l, documents);
                e.put("direction", l.subjectId().equals(id) ? "out" : "in");
                e.put("other", nodes.get(l.other(id)));
                out.add(e);
            }
            return out;
        });
    }

    private List<Event> events(String id) {
        try {
            return new Events(store).list(EventFilter.all().withActor(id));
        } catch (IllegalArgumentException unknown) {
            return List.of();
        }
    }

    /** The claims analysis of every question about the entity: its death, relations, incidents, claims about it. */
    private List<Map<String, Object>> assessments(String id) {
        List<Assessment> all = cache.get("claims", () -> new ClaimsAnalysis(store).assess());
        return ClaimsAnalysis.concerning(all, Set.of(id)).stream().map(ClaimsApi::assessment).toList();
    }

    /** Events, designations and the reports that link the entity, in date order. */
    private static List<Map<String, Object>> timeline(List<Event> events, List<Map<String, Object>> designations,
                                                      List<Map<String, Object>> links) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Event e : events) {
            if (e.date() != null) {
                items.add(item(e.date().toString(), "event", e.label() + (e.place() == null ? "" : " in " + e.place()),
                        Graphs.evidence(e.evidence())));
            }
        }
        for (Map<String, Object> d : designations) {
            if (d.get("listed_on") != null) {
                items.add(item((String) d.get("listed_on"), "designation", "Listed by " + d.get("list"), null));
            }
        }
        for (Map<String, Object> l : links) {
            @SuppressWarnings("unchecked")
            Map<String, Object> ev = (Map<String, Object>) l.get("evidence");
            @SuppressWarnings("unchecked")
            Map<String, Object> other = (Map<String, Object>) l.get("other");
            if (ev.get("date") != null) {
                items.add(item((String) ev.get("date"), "link", l.get("type") + " — " + other.get("label"), ev));
            }
        }
        items.sort(Comparator.comparing(m -> (String) m.get("date")));
        return items;
    }

    private static Map<String, Object> item(String date, String kind, String text, Map<String, Object> evidence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date);
        m.put("kind", kind);
        m.put("text", text);
        m.put("evidence", evidence);
        return m;
    }
}
