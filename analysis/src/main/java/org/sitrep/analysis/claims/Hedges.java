package org.sitrep.analysis.claims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hedging words extraction found in each document ("likely", "reportedly"), as stored: a claim, event or link
 * whose span holds one is tentative. Read from the store, never from the text.
 */
final class Hedges {

    private final Map<String, List<int[]>> byDocument;

    private Hedges(Map<String, List<int[]>> byDocument) {
        this.byDocument = byDocument;
    }

    static Hedges load(Connection c) throws SQLException {
        Map<String, List<int[]>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, span_start, span_end FROM hedge");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>()).add(new int[] {rs.getInt(2), rs.getInt(3)});
            }
        }
        return new Hedges(out);
    }

    /** Whether a hedge lies within code points {@code [start, end)} of the document. */
    boolean within(String documentId, int start, int end) {
        for (int[] h : byDocument.getOrDefault(documentId, List.of())) {
            if (h[0] >= start && h[1] <= end) {
                return true;
            }
        }
        return false;
    }
}
