package org.sitrep.web;

import org.sitrep.analysis.Documents;
import org.sitrep.analysis.Evidence;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.resolve.NameKeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns parties and links into the JSON nodes and edges the pages draw, each edge carrying its evidence. */
final class Graphs {

    private static final int BATCH = 500;

    private Graphs() {
    }

    /**
     * Nodes for {@code ids}: caption, schema, whether a sanctions list names the party and whether it is a
     * description rather than a name (see {@link Descriptions}).
     */
    static List<Map<String, Object>> nodes(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String id : ids) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", id);
            n.put("label", id);
            n.put("schema", "Thing");
            n.put("designated", false);
            n.put("description", false);
            out.put(id, n);
        }
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, schema_name, caption FROM entity WHERE id IN (" + marks + ")")) {
                bind(ps, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> n = out.get(rs.getString(1));
                        n.put("schema", rs.getString(2));
                        n.put("label", rs.getString(3));
                        n.put("description", NameKeys.isDescription(rs.getString(3)));
                    }
                }
            }
            for (String id : designated(c, batch)) {
                out.get(id).put("designated", true);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Which of {@code ids} a sanctions list names. */
    static Set<String> designated(Connection c, List<String> ids) throws SQLException {
        Set<String> out = new HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entity_id FROM statement"
                + " WHERE list_id IS NOT NULL AND entity_id IN (" + marks + ")")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** An edge for {@code link}, with the quote (or list record) that states it. */
    static Map<String, Object> edge(Link link, Documents documents) throws SQLException {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", link.id());
        e.put("source", link.subjectId());
        e.put("target", link.objectId());
        e.put("type", link.type());
        e.put("modality", link.modality());
        e.put("evidence", evidence(link.evidence(), documents));
        return e;
    }

    /** The evidence of a fact as JSON: a document span with its quote, or a list record. */
    static Map<String, Object> evidence(Provenance p, Documents documents) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (p) {
            case Provenance.FromText t -> {
                return evidence(documents.evidence(t.documentId(), t.span().start(), t.span().end()));
            }
            case Provenance.FromList l -> {
                m.put("list", l.listId());
                m.put("record", l.recordId());
            }
            case Provenance.FromUser u -> {
                m.put("user", u.user());
                m.put("note", u.note());
            }
        }
        return m;
    }

    static Map<String, Object> evidence(Evidence ev) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", ev.documentId());
        m.put("title", ev.title());
        m.put("publisher", ev.publisher());
        m.put("date", ev.documentDate() == null ? null : ev.documentDate().toString());
        m.put("start", ev.start());
        m.put("end", ev.end());
        m.put("quote", ev.quote());
        return m;
    }

    static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }
}
