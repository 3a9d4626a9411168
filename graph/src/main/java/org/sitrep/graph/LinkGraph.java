package org.sitrep.graph;

import org.sitrep.model.Link;

import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.store.DocumentText;
import org.sitrep.store.EvidenceStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network of parties and links in the evidence store, walked hop by hop with indexed queries (no graph is held
 * in memory, so it scales with the store, embedded or PostgreSQL). Links are followed in both directions: "how is X
 * connected to Y" does not care who owns whom.
 *
 * <p>Which parties are designated, and by which authorities, is read once per instance; make a new one after importing lists.
 */
public final class LinkGraph {

    /** Ids per IN (...) list: large enough to keep round trips few, small enough for every driver. */
    private static final int BATCH = 500;
    /** Parties one search may visit before it stops widening (hubs such as "Syria" connect everything). */
    private final int maxVisited;

    private final EvidenceStore store;
    /** Designated party ids, read once: lists hold thousands of parties, a 2-hop search visits thousands of ids. */
    private Set<String> designatedIds;
    private Set<String> authorityIds;

    public LinkGraph(EvidenceStore store) {
        this(store, 200_000);
    }

    public LinkGraph(EvidenceStore store, int maxVisited) {
        this.store = store;
        this.maxVisited = maxVisited;
    }

    /** The party with {@code id}, if the store knows it. */
    public Optional<Party> party(String id) {
        return store.query(c -> {
            Map<String, Party> parties = parties(c, List.of(id));
            return Optional.ofNullable(parties.get(id));
        });
    }

    /** Parties whose caption or any name statement equals {@code name}, ignoring case. */
    public List<Party> find(String name) {
        return store.query(c -> {
            Set<String> ids = new java.util.LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM entity WHERE LOWER(caption) = LOWER(?)"
                    + " UNION SELECT entity_id FROM statement WHERE prop IN ('name', 'alias', 'weakAlias')"
                    + " AND LOWER(prop_value) = LOWER(?)")) {
                ps.setString(1, name.strip());
                ps.setString(2, name.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return List.copyOf(parties(c, ids).values());
        });
    }

    /** Every link touching {@code id}, with its evidence. */
    public List<Link> neighbours(String id) {
        return store.query(c -> {
            List<String[]> hops = hops(c, List.of(id));
            return links(c, hops.stream().map(h -> h[2]).toList());
        });
    }

    /**
     * Every link joining {@code a} and {@code b}, either way, with its evidence: a path names one link per step, and
     * this is the rest of what says the two are connected.
     */
    public List<Link> linksBetween(String a, String b) {
        return store.query(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM link WHERE subject_id = ? AND object_id = ?"
                    + " UNION SELECT id FROM link WHERE subject_id = ? AND object_id = ?")) {
                ps.setString(1, a);
                ps.setString(2, b);
                ps.setString(3, b);
                ps.setString(4, a);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return links(c, ids);
        });
    }

    /**
     * The shortest chains of links between two parties, at most {@code maxHops} long; at most {@code limit} of them.
     * Empty when none is that short.
     */
    public List<Path> paths(String from, String to, int maxHops, int limit) {
        if (from.equals(to)) {
            return List.of(new Path(List.of(from), List.of()));
        }
        return store.query(c -> {
            Search forward = new Search(from);
            Search backward = new Search(to);
            Set<String> meeting = new HashSet<>();
            int hops = 0;
            while (hops < maxHops && meeting.isEmpty() && !forward.frontier.isEmpty() && !backward.frontier.isEmpty()) {
                Search side = forward.frontier.size() <= backward.frontier.size() ? forward : backward;
                Search other = side == forward ? backward : forward;
                List<String> reached = side.expand(c);
                hops++;
                Set<String> authorities = authorityIds(c);
                for (String node : reached) {
                    boolean passable = !authorities.contains(node) || node.equals(from) || node.equals(to);
                    if (passable && other.depth.containsKey(node)) {
                        meeting.add(node);
                    }
                }
                if (forward.depth.size() + backward.depth.size() > maxVisited) {
                    break;
                }
            }
            // Parties where the searches met lie at different distances; only the nearest give shortest paths.
            int shortest = meeting.stream().mapToInt(m -> forward.depth.get(m) + backward.depth.get(m)).min().orElse(0);
            List<String> nearest = meeting.stream()
                    .filter(m -> forward.depth.get(m) + backward.depth.get(m) == shortest).sorted().toList();
            List<List<String[]>> chains = new ArrayList<>(); // each: list of {node, node, linkId} hops from -> to
            for (String m : nearest) {
                for (List<String[]> head : forward.chainsTo(m, limit)) {
                    for (List<String[]> tail : backward.chainsTo(m, limit)) {
                        List<String[]> chain = new ArrayList<>(head);
                        for (int i = tail.size() - 1; i >= 0; i--) {
                            String[] h = tail.get(i);
                            chain.add(new String[] {h[1], h[0], h[2]});
                        }
                        chains.add(chain);
                        if (chains.size() >= limit) {
                            break;
                        }
                    }
                    if (chains.size() >= limit) {
                        break;
                    }
                }
                if (chains.size() >= limit) {
                    break;
                }
            }
            return toPaths(c, from, chains);
        });
    }

    /**
     * Designated parties (named by a sanctions list) within {@code maxHops} of {@code id}, nearest first, each with
     * one shortest path. The party itself is included (at zero hops) when it is designated.
     */
    public List<Exposure> exposure(String id, int maxHops) {
        return store.query(c -> {
            Search search = new Search(id);
            for (int hop = 0; hop < maxHops && !search.frontier.isEmpty() && search.depth.size() <= maxVisited; hop++) {
                search.expand(c);
            }
            Set<String> all = designatedIds(c);
            List<String> ordered = search.depth.keySet().stream().filter(all::contains)
                    .sorted((a, b) -> Integer.compare(search.depth.get(a), search.depth.get(b))).toList();
            Map<String, Party> parties = parties(c, ordered);
            List<List<String[]>> chains = new ArrayList<>();
            for (String target : ordered) {
                chains.add(search.chainsTo(target, 1).getFirst());
            }
            List<Path> paths = toPaths(c, id, chains);
            List<Exposure> out = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Party p = parties.getOrDefault(ordered.get(i), new Party(ordered.get(i), "Thing", ordered.get(i), true));
                out.add(new Exposure(p, paths.get(i)));
            }
            return out;
        });
    }

    /** Breadth-first search from one party, remembering every way each party was first reached. */
    private final class Search {
        final Map<String, Integer> depth = new HashMap<>();
        final Map<String, List<String[]>> parents = new HashMap<>(); // node -> {parent, node, linkId}
        List<String> frontier;

        Search(String start) {
            depth.put(start, 0);
            frontier = List.of(start);
        }

        /**
         * One more hop from the frontier; returns every party first reached by it. Listing authorities are reached
         * but not walked through: two parties designated by the same authority are not thereby connected.
         */
        List<String> expand(Connection c) throws SQLException {
            int next = depth.get(frontier.getFirst()) + 1;
            Set<String> authorities = authorityIds(c);
            List<String> reached = new ArrayList<>();
            for (String[] hop : hops(c, frontier)) {
                String node = hop[1];
                Integer seen = depth.get(node);
                if (seen == null) {
                    depth.put(node, next);
                    reached.add(node);
                    seen = next;
                }
                if (seen == next) {
                    parents.computeIfAbsent(node, k -> new ArrayList<>()).add(hop);
                }
            }
            frontier = reached.stream().filter(n -> !authorities.contains(n)).toList();
            return reached;
        }

        /** Chains of hops from the start to {@code node}, at most {@code limit}. */
        List<List<String[]>> chainsTo(String node, int limit) {
            List<List<String[]>> out = new ArrayList<>();
            Deque<String[]> stack = new ArrayDeque<>();
            collect(node, stack, out, limit);
            return out;
        }

        private void collect(String node, Deque<String[]> stack, List<List<String[]>> out, int limit) {
            if (out.size() >= limit) {
                return;
            }
            if (depth.get(node) == 0) {
                out.add(new ArrayList<>(stack));
                return;
            }
            Set<String> viaParent = new HashSet<>();
            for (String[] hop : parents.getOrDefault(node, List.of())) {
                if (viaParent.add(hop[0])) { // one link per pair of parties is enough for a path
                    stack.push(hop);
                    collect(hop[0], stack, out, limit);
                    stack.pop();
                }
            }
        }
    }

    /** Links touching any of {@code nodes}: rows {from, to, linkId}, {@code from} being the node asked about. */
    private static List<String[]> hops(Connection c, Collection<String> nodes) throws SQLException {
        List<String[]> out = new ArrayList<>();
        List<String> all = List.copyOf(nodes);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            for (String sql : List.of("SELECT subject_id, object_id, id FROM link WHERE subject_id IN (" + marks + ")",
                    "SELECT object_id, subject_id, id FROM link WHERE object_id IN (" + marks + ")")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int j = 0; j < batch.size(); j++) {
                        ps.setString(j + 1, batch.get(j));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Bodies that designate parties (the objects of {@code sanctioned_by} links). */
    private synchronized Set<String> authorityIds(Connection c) throws SQLException {
        if (authorityIds == null) {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT object_id FROM link WHERE link_type = 'sanctioned_by'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            authorityIds = ids;
        }
        return authorityIds;
    }

    /** Parties named by a list, or said in a link to be sanctioned. */
    private synchronized Set<String> designatedIds(Connection c) throws SQLException {
        if (designatedIds == null) {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entity_id FROM statement WHERE list_id IS NOT NULL"
                    + " UNION SELECT DISTINCT subject_id FROM link WHERE link_type = 'sanctioned_by'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            designatedIds = ids;
        }
        return designatedIds;
    }

    private Map<String, Party> parties(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Party> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Set<String> designated = designatedIds(c);
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, schema_name, caption FROM entity WHERE id IN (" + marks + ")")) {
                for (int j = 0; j < batch.size(); j++) {
                    ps.setString(j + 1, batch.get(j));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Party(rs.getString(1), rs.getString(2), rs.getString(3),
                                designated.contains(rs.getString(1))));
                    }
                }
            }
        }
        Map<String, Party> ordered = new LinkedHashMap<>();
        for (String id : ids) {
            if (out.containsKey(id)) {
                ordered.put(id, out.get(id));
            }
        }
        return ordered;
    }

    private static List<Path> toPaths(Connection c, String start, List<List<String[]>> chains) throws SQLException {
        Set<String> linkIds = new HashSet<>();
        chains.forEach(chain -> chain.forEach(h -> linkIds.add(h[2])));
        Map<String, Link> byId = new HashMap<>();
        for (Link e : links(c, linkIds)) {
            byId.put(e.id(), e);
        }
        List<Path> out = new ArrayList<>();
        for (List<String[]> chain : chains) {
            List<String> parties = new ArrayList<>();
            parties.add(start);
            List<Link> pathLinks = new ArrayList<>();
            for (String[] hop : chain) {
                parties.add(hop[1]);
                pathLinks.add(byId.get(hop[2]));
            }
            out.add(new Path(parties, pathLinks));
        }
        return out;
    }

    /** The links with these ids, with their evidence (quotes cut from the documents). */
    private static List<Link> links(Connection c, Collection<String> linkIds) throws SQLException {
        List<Link> out = new ArrayList<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(linkIds));
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, link_type, subject_id, object_id, modality,"
                    + " claim_id, document_id, span_start, span_end, list_id, record_id, origin, recorded_at"
                    + " FROM link WHERE id IN (" + marks + ") ORDER BY id")) {
                for (int j = 0; j < batch.size(); j++) {
                    ps.setString(j + 1, batch.get(j));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String origin = rs.getString(12);
                        Instant at = rs.getObject(13, OffsetDateTime.class).toInstant();
                        Provenance evidence;
                        String documentId = rs.getString(7);
                        if (documentId != null) {
                            int start = rs.getInt(8);
                            int end = rs.getInt(9);
                            // read by offset: a quote costs its own length, not its document's
                            evidence = new Provenance.FromText(documentId.trim(), new Span(start, end,
                                    DocumentText.slice(c, documentId.trim(), start, end)), origin, at);
                        } else {
                            evidence = new Provenance.FromList(rs.getString(10), rs.getString(11), origin, at);
                        }
                        out.add(new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), evidence));
                    }
                }
            }
        }
        return out;
    }
}
