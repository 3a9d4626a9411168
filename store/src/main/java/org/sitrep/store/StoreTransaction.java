package org.sitrep.store;

import org.sitrep.model.Document;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.model.Statement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/** The writes available inside {@link EvidenceStore#inTransaction}. */
public final class StoreTransaction {

    private final Connection connection;

    StoreTransaction(Connection connection) {
        this.connection = connection;
    }

    /** The underlying connection, for capability-specific writes that have no method here yet. */
    public Connection connection() {
        return connection;
    }

    /** Forgets a file and where its documents were found; documents no longer found anywhere are removed. */
    public void removeSourceFile(String path) throws SQLException {
        java.util.List<String> documentIds = new java.util.ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT DISTINCT document_id FROM document_source WHERE path = ?")) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    documentIds.add(rs.getString(1));
                }
            }
        }
        update("DELETE FROM document_source WHERE path = ?", path);
        update("DELETE FROM source_file WHERE path = ?", path);
        for (String id : documentIds) {
            update("DELETE FROM document WHERE id = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM document_source s WHERE s.document_id = ?)", id, id);
        }
    }

    /** Records a completely ingested file. */
    public void insertSourceFile(SourceFile file, String origin, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO source_file"
                + " (path, sha256, size_bytes, media_type, document_count, origin, ingested_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, file.path());
            ps.setString(2, file.sha256());
            ps.setLong(3, file.sizeBytes());
            ps.setString(4, file.mediaType());
            ps.setInt(5, file.documentCount());
            ps.setString(6, origin);
            ps.setObject(7, timestamp(at));
            ps.executeUpdate();
        }
    }

    /** Stores {@code document} unless one with the same text is stored already; tells which happened. */
    public boolean insertDocumentIfAbsent(Document document, String origin, Instant at) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("SELECT 1 FROM document WHERE id = ?")) {
            check.setString(1, document.id());
            try (ResultSet rs = check.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO document (id, title, date_value,"
                + " date_precision, date_source, media_type, length_cp, text, origin, created_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, document.id());
            ps.setString(2, document.title());
            ps.setObject(3, document.date().value(), Types.DATE);
            ps.setString(4, document.date().precision().label());
            ps.setString(5, document.date().source().label());
            ps.setString(6, document.mediaType());
            ps.setInt(7, document.length());
            ps.setString(8, document.text());
            ps.setString(9, origin);
            ps.setObject(10, timestamp(at));
            ps.executeUpdate();
        }
        return true;
    }

    /**
     * Records who published a document (null when it names nobody) and the span the name was read from, if any;
     * the document then counts as checked for a publisher.
     */
    public void recordPublisher(String documentId, String publisher, Integer start, Integer end) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE document SET publisher = ?, publisher_start = ?,"
                + " publisher_end = ?, publisher_checked = TRUE WHERE id = ?")) {
            ps.setString(1, publisher);
            ps.setObject(2, start, java.sql.Types.INTEGER);
            ps.setObject(3, end, java.sql.Types.INTEGER);
            ps.setString(4, documentId);
            ps.executeUpdate();
        }
    }

    /** Records that {@code source.documentId()} was found at {@code source}. */
    public void insertDocumentSource(DocumentSource source) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO document_source"
                + " (path, article_index, document_id, offset_cp) VALUES (?,?,?,?)")) {
            ps.setString(1, source.path());
            ps.setInt(2, source.articleIndex());
            ps.setString(3, source.documentId());
            ps.setInt(4, source.offset());
            ps.executeUpdate();
        }
    }

    /** Stores paragraph fingerprints of a newly stored document. */
    public void insertPassages(String documentId, Collection<Passage> passages) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO passage (document_id, start_cp, end_cp, fingerprint) VALUES (?,?,?,?)")) {
            for (Passage p : passages) {
                ps.setString(1, documentId);
                ps.setInt(2, p.start());
                ps.setInt(3, p.end());
                ps.setString(4, p.fingerprint());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A paragraph of a document and its normalised fingerprint. */
    public record Passage(int start, int end, String fingerprint) {
    }

    /** Creates the entity row if absent. */
    public void ensureEntity(String id, String schema, String caption, Instant at) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("SELECT 1 FROM entity WHERE id = ?")) {
            check.setString(1, id);
            try (ResultSet rs = check.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO entity (id, schema_name, caption, created_at) VALUES (?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, schema);
            ps.setString(3, caption);
            ps.setObject(4, timestamp(at));
            ps.executeUpdate();
        }
    }

    /** Stores statements, skipping any already stored (same entity, property, value and evidence). */
    public int insertStatements(Collection<Statement> statements) throws SQLException {
        int inserted = 0;
        try (PreparedStatement check = connection.prepareStatement("SELECT 1 FROM statement WHERE id = ?");
             PreparedStatement ps = connection.prepareStatement("INSERT INTO statement (id, entity_id, schema_name,"
                     + " prop, prop_value, dataset, document_id, span_start, span_end, list_id, record_id, user_name,"
                     + " origin, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Statement s : statements) {
                String id = s.id();
                check.setString(1, id);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                ps.setString(1, id);
                ps.setString(2, s.entityId());
                ps.setString(3, s.schema());
                ps.setString(4, s.property());
                ps.setString(5, Limits.fitIndexed(s.value())); // prop_value is indexed; the evidence keeps it whole
                ps.setString(6, s.dataset());
                for (int i = 7; i <= 12; i++) {
                    ps.setNull(i, i == 8 || i == 9 ? Types.INTEGER : Types.VARCHAR);
                }
                switch (s.provenance()) {
                    case Provenance.FromText t -> {
                        ps.setString(7, t.documentId());
                        ps.setInt(8, t.span().start());
                        ps.setInt(9, t.span().end());
                    }
                    case Provenance.FromList l -> {
                        ps.setString(10, l.listId());
                        ps.setString(11, l.recordId());
                    }
                    case Provenance.FromUser u -> ps.setString(12, u.user());
                }
                ps.setString(13, s.provenance().origin());
                ps.setObject(14, timestamp(s.provenance().recordedAt()));
                ps.executeUpdate();
                inserted++;
            }
        }
        return inserted;
    }

    /** Stores links, skipping any already stored under the same id. */
    public int insertLinks(Collection<Link> links) throws SQLException {
        int inserted = 0;
        try (PreparedStatement check = connection.prepareStatement("SELECT 1 FROM link WHERE id = ?");
             PreparedStatement ps = connection.prepareStatement("INSERT INTO link (id, link_type, subject_id, object_id,"
                     + " modality, claim_id, document_id, span_start, span_end, list_id, record_id, origin, recorded_at)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Link link : links) {
                check.setString(1, link.id());
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                ps.setString(1, link.id());
                ps.setString(2, link.type());
                ps.setString(3, link.subjectId());
                ps.setString(4, link.objectId());
                ps.setString(5, link.modality());
                ps.setString(6, link.claimId());
                for (int i = 7; i <= 11; i++) {
                    ps.setNull(i, i == 8 || i == 9 ? Types.INTEGER : Types.VARCHAR);
                }
                switch (link.evidence()) {
                    case Provenance.FromText t -> {
                        ps.setString(7, t.documentId());
                        ps.setInt(8, t.span().start());
                        ps.setInt(9, t.span().end());
                    }
                    case Provenance.FromList l -> {
                        ps.setString(10, l.listId());
                        ps.setString(11, l.recordId());
                    }
                    case Provenance.FromUser u -> throw new IllegalArgumentException(
                            "a link needs text or list evidence, not only a user's word: " + link.id());
                }
                ps.setString(12, link.evidence().origin());
                ps.setObject(13, timestamp(link.evidence().recordedAt()));
                ps.executeUpdate();
                inserted++;
            }
        }
        return inserted;
    }

    /** Removes every statement and link drawn from list {@code listId}, before its current snapshot is loaded again. */
    public void removeListFacts(String listId) throws SQLException {
        update("DELETE FROM statement WHERE list_id = ?", listId);
        update("DELETE FROM link WHERE list_id = ?", listId);
    }

    private void update(String sql, String... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
