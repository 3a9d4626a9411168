package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sitrep.analysis.Documents;
import org.sitrep.analysis.Names;
import org.sitrep.graph.Exposure;
import org.sitrep.graph.LinkGraph;
import org.sitrep.graph.Path;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.store.EvidenceStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The network explorer's API: {@code /api/network/neighbours} (expand a party), {@code /api/network/paths} (chains of
 * evidence between two parties), {@code /api/network/exposure} (designated parties within reach) and
 * {@code /api/network/graph} (the whole network, bounded). Every edge carries its evidence. Parties that are
 * descriptions ("forces", "the man") are left out, with the links and paths through them, unless
 * {@code descriptions=1}; {@code descriptions_left_out} says how many were.
 */
final class NetworkApi {

    private static final int MAX_HOPS = 6;

    private final EvidenceStore store;

    NetworkApi(EvidenceStore store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/network/neighbours", this::neighbours);
        app.get("/api/network/paths", this::paths);
        app.get("/api/network/exposure", this::exposure);
        app.get("/api/network/graph", this::graph);
    }

    private void neighbours(Context ctx) {
        int limit = Params.limit(ctx, 500, 5000);
        boolean descriptions = Params.flag(ctx, "descriptions");
        String id = entity(Params.required(ctx, "id"));
        List<Link> all = new LinkGraph(store).neighbours(id);
        List<Link> links = descriptions ? all : namesOnly(all, Set.of(id));
        Map<String, Object> out = graph(List.of(id), links.subList(0, Math.min(limit, links.size())));
        out.put("descriptions_left_out", leftOut(all, links, Set.of(id)));
        ctx.json(out);
    }

    private void paths(Context ctx) {
        int hops = Math.max(1, Math.min(MAX_HOPS, Params.integer(ctx, "hops", 4)));
        int limit = Params.limit(ctx, 10, 50);
        String from = entity(Params.required(ctx, "from"));
        boolean descriptions = Params.flag(ctx, "descriptions");
        String to = entity(Params.required(ctx, "to"));
        List<Path> all = new LinkGraph(store).paths(from, to, hops, limit);
        List<Path> paths = descriptions ? all : namesOnly(all, p -> p);
        Set<String> ids = new LinkedHashSet<>(List.of(from, to));
        List<Link> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Path p : paths) {
            ids.addAll(p.parties());
            p.links().stream().filter(l -> seen.add(l.id())).forEach(links::add);
        }
        Map<String, Object> out = graph(List.copyOf(ids), links);
        out.put("from", from);
        out.put("to", to);
        out.put("paths", paths.stream().map(p -> Map.of("parties", p.parties(),
                "links", p.links().stream().map(Link::id).toList())).toList());
        out.put("descriptions_left_out", leftOut(all.stream().flatMap(p -> p.links().stream()).toList(), links,
                Set.of(from, to)));
        ctx.json(out);
    }

    private void exposure(Context ctx) {
        int hops = Math.max(0, Math.min(MAX_HOPS, Params.integer(ctx, "hops", 2)));
        boolean descriptions = Params.flag(ctx, "descriptions");
        String id = entity(Params.required(ctx, "id"));
        List<Exposure> all = new LinkGraph(store).exposure(id, hops);
        // The party itself, at 0 hops, is no exposure of its own: it is said once, as "itself", not listed.
        List<Exposure> reached = all.stream().filter(e -> e.path().hops() > 0).toList();
        List<Exposure> found = descriptions ? reached : namesOnly(reached, Exposure::path);
        boolean itself = all.stream().anyMatch(e -> e.path().hops() == 0);
        Set<String> ids = new LinkedHashSet<>(List.of(id));
        List<Link> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Exposure e : found) {
            ids.addAll(e.path().parties());
            e.path().links().stream().filter(l -> seen.add(l.id())).forEach(links::add);
        }
        Map<String, Object> out = graph(List.copyOf(ids), links);
        out.put("exposures", found.stream().map(e -> Map.of("party", e.party().id(), "hops", e.path().hops(),
                "parties", e.path().parties())).toList());
        out.put("itself", itself);
        out.put("descriptions_left_out", leftOut(reached.stream().flatMap(e -> e.path().links().stream()).toList(),
                links, Set.of(id)));
        ctx.json(out);
    }

    /** The whole network, at most {@code limit} links (default 5,000). */
    private void graph(Context ctx) {
        int limit = Params.limit(ctx, 5000, 20000);
        List<Link> links = store.query(c -> {
            List<Link> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, link_type, subject_id, object_id, modality,"
                    + " claim_id, document_id, span_start, span_end, list_id, record_id, origin FROM link ORDER BY id")) {
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Provenance p = rs.getString(7) != null
                                ? new Provenance.FromText(rs.getString(7).trim(), new Span(rs.getInt(8), rs.getInt(9), ""),
                                rs.getString(12), Instant.EPOCH)
                                : new Provenance.FromList(rs.getString(10), rs.getString(11), rs.getString(12), Instant.EPOCH);
                        out.add(new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), p));
                    }
                }
            }
            return out;
        });
        List<Link> shown = Params.flag(ctx, "descriptions") ? links : namesOnly(links, Set.of());
        Map<String, Object> out = graph(List.of(), shown);
        out.put("descriptions_left_out", leftOut(links, shown, Set.of()));
        ctx.json(out);
    }

    /** {@code links} less those touching a description, other than the parties in {@code kept}. */
    private List<Link> namesOnly(List<Link> links, Set<String> kept) {
        return store.query(c -> Descriptions.among(c, Descriptions.partiesOf(links)).withoutDescriptions(links, kept));
    }

    /** {@code items} less those whose path passes through a description (its two ends may be descriptions). */
    private <T> List<T> namesOnly(List<T> items, Function<T, Path> path) {
        Set<String> all = new LinkedHashSet<>();
        items.forEach(i -> all.addAll(path.apply(i).parties()));
        Descriptions descriptions = store.query(c -> Descriptions.among(c, all));
        return items.stream().filter(i -> descriptions.namesOnly(path.apply(i))).toList();
    }

    /**
     * How many descriptions {@code all} reaches that {@code shown} does not, besides the parties {@code asked} for:
     * what the reader would add by including descriptions.
     */
    private long leftOut(List<Link> all, List<Link> shown, Set<String> asked) {
        Set<String> hidden = Descriptions.partiesOf(all);
        hidden.removeAll(Descriptions.partiesOf(shown));
        hidden.removeAll(asked);
        if (hidden.isEmpty()) {
            return 0;
        }
        Descriptions descriptions = store.query(c -> Descriptions.among(c, hidden));
        return hidden.stream().filter(descriptions::isDescription).count();
    }

    /** Nodes for {@code seeds} and every party the links touch, and the links as edges with evidence. */
    private Map<String, Object> graph(List<String> seeds, List<Link> links) {
        return store.query(c -> {
            Set<String> ids = new LinkedHashSet<>(seeds);
            for (Link l : links) {
                ids.add(l.subjectId());
                ids.add(l.objectId());
            }
            Documents documents = new Documents(c);
            List<Map<String, Object>> edges = new ArrayList<>();
            for (Link l : links) {
                edges.add(Graphs.edge(l, documents));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nodes", Graphs.nodes(c, ids));
            out.put("edges", edges);
            return out;
        });
    }

    /** An entity id, or the entity a name means (the best-connected one when several do). */
    private String entity(String idOrName) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM entity WHERE id = ?")) {
                ps.setString(1, idOrName);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            Set<String> ids = Names.resolve(c, idOrName);
            if (ids.isEmpty()) {
                throw new ApiException(HttpStatus.NOT_FOUND.getCode(), "no party is named " + idOrName);
            }
            String best = null;
            int most = -1;
            for (String id : ids) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM link WHERE subject_id = ? OR object_id = ?")) {
                    ps.setString(1, id);
                    ps.setString(2, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > most) {
                            most = rs.getInt(1);
                            best = id;
                        }
                    }
                }
            }
            return best;
        });
    }
}
