package org.sitrep.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes why one entity, mention or list entry became another (table {@code resolution_reason}), for audits. */
final class ResolutionReasons {

    private ResolutionReasons() {
    }

    /**
     * @param mergedId   what was resolved: a document's local entity id, or the id of an entity folded away
     * @param documentId the document it was read in, or null for list entries
     */
    static void record(Connection c, String entityId, String mergedId, String documentId, String name, String matched,
                       String method, double score, String detail, String origin, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO resolution_reason (entity_id, merged_id, document_id,"
                + " name, matched_name, method, score, detail, origin, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, entityId);
            ps.setString(2, mergedId);
            ps.setString(3, documentId);
            ps.setString(4, cut(name, 1000));
            ps.setString(5, cut(matched, 1000));
            ps.setString(6, method);
            ps.setDouble(7, score);
            ps.setString(8, cut(detail, 4000));
            ps.setString(9, origin);
            ps.setObject(10, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
