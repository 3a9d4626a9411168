package org.sitrep.analysis;

import org.sitrep.store.EvidenceStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the names a user types into knowledge-base entities and entity ids back into names. A name matches an
 * entity's id, caption, or any of its names and aliases (from documents or lists), ignoring case; when nothing
 * matches whole, names containing it as whole words are tried.
 */
public final class Names {

    private final EvidenceStore store;

    public Names(EvidenceStore store) {
        this.store = store;
    }

    /** The ids of every entity {@code name} may mean; empty when none. */
    public Set<String> resolve(String name) {
        return store.query(c -> resolve(c, name));
    }

    /** As {@link #resolve(String)}, on an open connection. */
    public static Set<String> resolve(Connection c, String name) throws SQLException {
        String wanted = name.strip();
        Set<String> ids = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM entity WHERE id = ? OR LOWER(caption) = LOWER(?)"
                + " UNION SELECT entity_id FROM statement WHERE prop IN ('name', 'alias', 'weakAlias')"
                + " AND LOWER(prop_value) = LOWER(?)")) {
            ps.setString(1, wanted);
            ps.setString(2, wanted);
            ps.setString(3, wanted);
            collect(ps, ids);
        }
        if (ids.isEmpty() && wanted.length() >= 3) {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entity_id, prop_value FROM statement"
                    + " WHERE prop IN ('name', 'alias', 'weakAlias') AND LOWER(prop_value) LIKE ?")) {
                ps.setString(1, "%" + wanted.toLowerCase(java.util.Locale.ROOT) + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (wholeWords(rs.getString(2), wanted)) {
                            ids.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Parties for {@code ids}, in the given order; unknown ids are named by their id. */
    public static Map<String, Party> parties(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Party> out = new HashMap<>();
        List<String> list = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < list.size(); from += 500) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, caption, schema_name FROM entity WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Party(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
        for (String id : list) {
            out.putIfAbsent(id, new Party(id, id, "Thing"));
        }
        return out;
    }

    private static boolean wholeWords(String value, String wanted) {
        String v = " " + value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String w = " " + wanted.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        return v.contains(w);
    }

    private static void collect(PreparedStatement ps, Set<String> ids) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
    }
}
