package org.sitrep.analysis;

import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.StoreTransaction;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A hand-made knowledge base for analysis tests, written through the same tables extraction writes. Builder
 * style: documents, entities with mentions, events, claims and links, every one with a real span.
 */
public final class TinyStore {

    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final EvidenceStore store;

    public TinyStore(EvidenceStore store) {
        this.store = store;
    }

    /** Stores a document and returns its id. */
    public String document(String publisher, LocalDate date, String text) {
        Document doc = Document.of(text.lines().findFirst().orElse(""), DocDate.given(date), "text/plain", text);
        store.inTransaction(tx -> {
            tx.insertDocumentIfAbsent(doc, "test", NOW);
            if (publisher != null) {
                try (PreparedStatement ps = tx.connection().prepareStatement(
                        "UPDATE document SET publisher = ?, publisher_start = 0, publisher_end = 0 WHERE id = ?")) {
                    ps.setString(1, publisher);
                    ps.setString(2, doc.id());
                    ps.executeUpdate();
                }
            }
            return null;
        });
        return doc.id();
    }

    /** An entity, with a name statement for every occurrence of each of {@code names} in {@code documentId}. */
    public void entity(String id, String schema, String caption, String documentId, String... names) {
        store.inTransaction(tx -> {
            tx.ensureEntity(id, schema, caption, NOW);
            if (documentId != null) {
                String text = text(tx, documentId);
                for (String name : names) {
                    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                        tx.insertStatements(List.of(new Statement(id, schema, "name", name, "documents",
                                new Provenance.FromText(documentId, new Span(at, at + name.length(), name), "test", NOW))));
                    }
                }
            }
            return null;
        });
    }

    /** Another mention of an existing entity, in another document. */
    public void mention(String id, String schema, String documentId, String name) {
        entity(id, schema, name, documentId, name);
    }

    /** An event whose evidence is the first occurrence of {@code sentence}; returns its id. */
    public String event(String documentId, String localId, String type, String subType, LocalDate date, String place,
                        String placeEntity, String placePrecision, String country, Double lat, Double lon,
                        Integer killed, String modality, String claimId, String sentence, List<String> actors,
                        List<String> targets) {
        String id = documentId.substring(0, 16) + ":" + localId;
        store.inTransaction(tx -> {
            int at = text(tx, documentId).indexOf(sentence);
            if (at < 0) {
                throw new IllegalArgumentException("not in the document: " + sentence);
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO event (id, document_id, event_type,"
                    + " sub_event_type, date_value, date_precision, location_entity, location_name, country, latitude,"
                    + " longitude, location_precision, fatalities_low, fatalities_best, fatalities_high, event_count,"
                    + " tags, modality, claim_id, span_start, span_end, origin, recorded_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, id);
                ps.setString(2, documentId);
                ps.setString(3, type);
                ps.setString(4, subType);
                ps.setObject(5, date, Types.DATE);
                ps.setString(6, date == null ? "unknown" : "day");
                ps.setString(7, placeEntity);
                ps.setString(8, place);
                ps.setString(9, country);
                ps.setObject(10, lat, Types.DOUBLE);
                ps.setObject(11, lon, Types.DOUBLE);
                ps.setString(12, placePrecision == null ? "unknown" : placePrecision);
                ps.setObject(13, killed, Types.INTEGER);
                ps.setObject(14, killed, Types.INTEGER);
                ps.setObject(15, null, Types.INTEGER);
                ps.setObject(16, null, Types.INTEGER);
                ps.setString(17, "");
                ps.setString(18, modality);
                ps.setString(19, claimId == null ? null : documentId.substring(0, 16) + ":" + claimId);
                ps.setInt(20, at);
                ps.setInt(21, at + sentence.length());
                ps.setString(22, "test");
                ps.setObject(23, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
                ps.executeUpdate();
            }
            for (String a : actors) {
                participant(tx, id, a, "actor");
            }
            for (String t : targets) {
                participant(tx, id, t, "target");
            }
            return null;
        });
        return id;
    }

    /** A claim: {@code source} says ({@code cue}) {@code content}; each is the first occurrence in the document. */
    public String claim(String documentId, String localId, String sourceEntity, String source, String cue,
                        String content, String stance, String... about) {
        String id = documentId.substring(0, 16) + ":" + localId;
        store.inTransaction(tx -> {
            String text = text(tx, documentId);
            int cueAt = text.indexOf(cue);
            int contentAt = text.indexOf(content);
            if (cueAt < 0 || contentAt < 0) {
                throw new IllegalArgumentException("cue or content not in the document");
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO claim (id, document_id,"
                    + " source_entity, source_text, cue_start, cue_end, content_start, content_end, stance, origin,"
                    + " recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, id);
                ps.setString(2, documentId);
                ps.setString(3, sourceEntity);
                ps.setString(4, source);
                ps.setInt(5, cueAt);
                ps.setInt(6, cueAt + cue.length());
                ps.setInt(7, contentAt);
                ps.setInt(8, contentAt + content.length());
                ps.setString(9, stance);
                ps.setString(10, "test");
                ps.setObject(11, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
                ps.executeUpdate();
            }
            for (String subject : about) {
                try (PreparedStatement ps = tx.connection().prepareStatement(
                        "INSERT INTO claim_subject (claim_id, subject_id) VALUES (?, ?)")) {
                    ps.setString(1, id);
                    ps.setString(2, documentId.substring(0, 16) + ":" + subject);
                    ps.executeUpdate();
                }
            }
            return null;
        });
        return id;
    }

    /**
     * A hedging word, as extraction stores it: the first occurrence of {@code word} within the first occurrence of
     * {@code passage} in the document.
     */
    public void hedge(String documentId, String passage, String word) {
        store.inTransaction(tx -> {
            String text = text(tx, documentId);
            int at = text.indexOf(word, text.indexOf(passage));
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO hedge (document_id, span_start, span_end, origin) VALUES (?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setInt(2, at);
                ps.setInt(3, at + word.length());
                ps.setString(4, "test");
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** That claim {@code claimId} says {@code entityId} died, in the first {@code word} of its content. */
    public void death(String claimId, String entityId, String word) {
        store.inTransaction(tx -> {
            int at = inClaim(tx, claimId, word);
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO claim_death (claim_id, entity_id, cue_start, cue_end) VALUES (?,?,?,?)")) {
                ps.setString(1, claimId);
                ps.setString(2, entityId);
                ps.setInt(3, at);
                ps.setInt(4, at + word.length());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** That the cue of claim {@code claimId} is negated by the first {@code word} of the claim ("could not confirm"). */
    public void negation(String claimId, String word) {
        store.inTransaction(tx -> {
            int at = inClaim(tx, claimId, word);
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "UPDATE claim SET negation_start = ?, negation_end = ? WHERE id = ?")) {
                ps.setInt(1, at);
                ps.setInt(2, at + word.length());
                ps.setString(3, claimId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** That the first {@code pronoun} in the content of claim {@code claimId} stands for {@code entityId}. */
    public void pronoun(String claimId, String pronoun, String entityId) {
        store.inTransaction(tx -> {
            int at = inClaim(tx, claimId, pronoun);
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "UPDATE claim SET pronoun_start = ?, pronoun_end = ?, pronoun_entity = ? WHERE id = ?")) {
                ps.setInt(1, at);
                ps.setInt(2, at + pronoun.length());
                ps.setString(3, entityId);
                ps.setString(4, claimId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Where the first {@code word} within claim {@code claimId} (cue and content) is in its document. */
    private static int inClaim(StoreTransaction tx, String claimId, String word) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT d.text, LEAST(c.cue_start, c.content_start),"
                + " GREATEST(c.cue_end, c.content_end) FROM claim c JOIN document d ON d.id = c.document_id WHERE c.id = ?")) {
            ps.setString(1, claimId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no claim " + claimId);
                }
                int at = rs.getString(1).substring(0, rs.getInt(3)).indexOf(word, rs.getInt(2));
                if (at < 0) {
                    throw new IllegalArgumentException("not in claim " + claimId + ": " + word);
                }
                return at;
            }
        }
    }

    /** A link stated by {@code sentence} of the document. */
    public void link(String documentId, String localId, String type, String subject, String object, String modality,
                     String sentence) {
        store.inTransaction(tx -> {
            int at = text(tx, documentId).indexOf(sentence);
            tx.insertLinks(List.of(new org.sitrep.model.Link(documentId.substring(0, 16) + ":" + localId, type, subject,
                    object, modality, null, new Provenance.FromText(documentId,
                    new Span(at, at + sentence.length(), sentence), "test", NOW))));
            return null;
        });
    }

    private static void participant(StoreTransaction tx, String eventId, String entityId, String role) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO event_participant (event_id, entity_id, role) VALUES (?,?,?)")) {
            ps.setString(1, eventId);
            ps.setString(2, entityId);
            ps.setString(3, role);
            ps.executeUpdate();
        }
    }

    private static String text(StoreTransaction tx, String documentId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT text FROM document WHERE id = ?")) {
            ps.setString(1, documentId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
