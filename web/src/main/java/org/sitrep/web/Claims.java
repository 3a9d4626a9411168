package org.sitrep.web;

import org.sitrep.analysis.Documents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Claims as the pages show them: who said what, with which stance, quoting cue and content. */
final class Claims {

    private static final String COLUMNS = "c.id, c.document_id, c.source_entity, c.source_text, c.cue_start, c.cue_end,"
            + " c.content_start, c.content_end, c.stance";

    private Claims() {
    }

    /**
     * Claims made by the entity, or stating a link or an event it takes part in, split by stance: {@code for}
     * (asserts, confirms) and {@code against} (denies, disputes), and {@code by} (claims the entity itself makes).
     */
    static Map<String, Object> about(Connection c, String entityId) throws SQLException {
        Documents documents = new Documents(c);
        List<Map<String, Object>> pro = new ArrayList<>();
        List<Map<String, Object>> contra = new ArrayList<>();
        List<Map<String, Object>> by = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM claim c WHERE c.id IN ("
                + "SELECT claim_id FROM link WHERE claim_id IS NOT NULL AND (subject_id = ? OR object_id = ?)"
                + " UNION SELECT e.claim_id FROM event e JOIN event_participant p ON p.event_id = e.id"
                + " WHERE e.claim_id IS NOT NULL AND p.entity_id = ?) ORDER BY c.document_id, c.cue_start")) {
            ps.setString(1, entityId);
            ps.setString(2, entityId);
            ps.setString(3, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> claim = claim(rs, documents);
                    (against((String) claim.get("stance")) ? contra : pro).add(claim);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM claim c WHERE c.source_entity = ?"
                + " ORDER BY c.document_id, c.cue_start")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    by.add(claim(rs, documents));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("for", pro);
        out.put("against", contra);
        out.put("by", by);
        return out;
    }

    static boolean against(String stance) {
        String s = stance.toLowerCase(Locale.ROOT);
        return s.startsWith("den") || s.startsWith("disput") || s.startsWith("reject") || s.startsWith("refut");
    }

    private static Map<String, Object> claim(ResultSet rs, Documents documents) throws SQLException {
        String doc = rs.getString(2).trim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getString(1));
        m.put("source_entity", rs.getString(3));
        m.put("source", rs.getString(4));
        m.put("stance", rs.getString(9).toLowerCase(Locale.ROOT));
        m.put("cue", Graphs.evidence(documents.evidence(doc, rs.getInt(5), rs.getInt(6))));
        m.put("content", Graphs.evidence(documents.evidence(doc, rs.getInt(7), rs.getInt(8))));
        return m;
    }
}
