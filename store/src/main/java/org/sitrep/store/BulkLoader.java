package org.sitrep.store;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads extracted documents into the knowledge base in bulk with PostgreSQL's {@code COPY}, a batch at a time: the
 * batch is copied into temporary tables and moved into the real ones with {@code ON CONFLICT DO NOTHING}, and each
 * document's {@code document_extraction} row is written in the same transaction. A document is known by the hash of
 * its text (its id), so loading the same output twice adds nothing, and a load cut off mid-way loses at most the
 * batch it was in: the next run skips every document already marked and loads the rest. Row-at-a-time inserts
 * (what ingest does per document) reach a few thousand rows a second; COPY reaches tens of thousands.
 *
 * <p>PostgreSQL only: the embedded H2 store has no COPY, and archives of this size do not belong in it.
 */
public final class BulkLoader {

    /** A document (id = SHA-256 of its text). */
    public record DocumentRow(String id, String title, LocalDate dateValue, String datePrecision, String dateSource,
                              String mediaType, String text) {
    }

    /** A knowledge-base entity. */
    public record EntityRow(String id, String schema, String caption) {
    }

    /** A name key pointing at the entity that holds it. */
    public record KeyRow(String nameKey, String entityId) {
    }

    /** A {@code name} statement read in a document: a mention with its span. */
    public record MentionRow(String id, String entityId, String schema, String value, String documentId, int start,
                             int end) {
    }

    /** A claim: who says what, with the spans of its words. Nullable spans are null when absent. */
    public record ClaimRow(String id, String documentId, String sourceEntity, String sourceText, int cueStart,
                           int cueEnd, int contentStart, int contentEnd, String stance, Integer negationStart,
                           Integer negationEnd, Integer pronounStart, Integer pronounEnd, String pronounEntity) {
    }

    /** A relation read in a document. */
    public record LinkRow(String id, String type, String subject, String object, String modality, String claimId,
                          String documentId, int start, int end) {
    }

    /** An event with its evidence span. */
    public record EventRow(String id, String documentId, String type, String subtype, LocalDate dateValue,
                           String datePrecision, String locationEntity, String locationName, String country,
                           Double latitude, Double longitude, String locationPrecision, Integer fatalitiesLow,
                           Integer fatalitiesBest, Integer fatalitiesHigh, Integer count, String tags,
                           String modality, String claimId, int start, int end) {
    }

    /** An entity taking part in an event as actor or target. */
    public record ParticipantRow(String eventId, String entityId, String role) {
    }

    /** One transaction's worth of documents and their facts. */
    public record Batch(List<DocumentRow> documents, List<EntityRow> entities, List<KeyRow> keys,
                        List<MentionRow> mentions, List<ClaimRow> claims, List<LinkRow> links, List<EventRow> events,
                        List<ParticipantRow> participants) {
        public int rows() {
            return documents.size() + entities.size() + keys.size() + mentions.size() + claims.size() + links.size()
                    + events.size() + participants.size() + documents.size();
        }
    }

    private final String origin;

    /** @param origin the extractor name and version recorded with every fact, as ingest records its own */
    public BulkLoader(String origin) {
        this.origin = origin;
    }

    /** Those of {@code documentIds} that no extraction has been stored for yet (so a rerun skips the rest). */
    public Set<String> pending(Connection c, Collection<String> documentIds) throws SQLException {
        Set<String> done = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document_id FROM document_extraction WHERE document_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", documentIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    done.add(rs.getString(1).trim());
                }
            }
        }
        Set<String> pending = new java.util.LinkedHashSet<>(documentIds);
        pending.removeAll(done);
        return pending;
    }

    /** Which entity already holds each of {@code keys} (keys nobody holds are absent). */
    public Map<String, String> keyOwners(Connection c, Collection<String> keys) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        if (keys.isEmpty()) {
            return owners;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name_key, entity_id FROM entity_key WHERE name_key = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return owners;
    }

    /**
     * Copies {@code batch} into the knowledge base in the caller's transaction, marking its documents extracted.
     *
     * @return rows copied per table
     */
    public Map<String, Integer> load(Connection c, Batch batch, Instant now) throws SQLException {
        CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
        String at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC).toString();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("document", move(c, copy, "document", "id, title, date_value, date_precision, date_source,"
                + " media_type, length_cp, text, origin, created_at", batch.documents(), d -> row(d.id(), d.title(),
                d.dateValue(), d.datePrecision(), d.dateSource(), d.mediaType(),
                d.text().codePointCount(0, d.text().length()), d.text(), origin, at)));
        counts.put("entity", move(c, copy, "entity", "id, schema_name, caption, created_at", batch.entities(),
                e -> row(e.id(), e.schema(), e.caption(), at)));
        counts.put("entity_key", move(c, copy, "entity_key", "name_key, entity_id", batch.keys(),
                k -> row(k.nameKey(), k.entityId())));
        counts.put("statement", move(c, copy, "statement", "id, entity_id, schema_name, prop, prop_value, dataset,"
                + " document_id, span_start, span_end, origin, recorded_at", batch.mentions(), m -> row(m.id(),
                m.entityId(), m.schema(), "name", Limits.fitIndexed(m.value()), "documents", m.documentId(), m.start(),
                m.end(), origin, at)));
        counts.put("claim", move(c, copy, "claim", "id, document_id, source_entity, source_text, cue_start, cue_end,"
                + " content_start, content_end, stance, origin, recorded_at, negation_start, negation_end,"
                + " pronoun_start, pronoun_end, pronoun_entity", batch.claims(), k -> row(k.id(), k.documentId(),
                k.sourceEntity(), k.sourceText(), k.cueStart(), k.cueEnd(), k.contentStart(), k.contentEnd(),
                k.stance(), origin, at, k.negationStart(), k.negationEnd(), k.pronounStart(), k.pronounEnd(),
                k.pronounEntity())));
        counts.put("link", move(c, copy, "link", "id, link_type, subject_id, object_id, modality, claim_id,"
                + " document_id, span_start, span_end, origin, recorded_at", batch.links(), l -> row(l.id(), l.type(),
                l.subject(), l.object(), l.modality(), l.claimId(), l.documentId(), l.start(), l.end(), origin, at)));
        counts.put("event", move(c, copy, "event", "id, document_id, event_type, sub_event_type, date_value,"
                + " date_precision, location_entity, location_name, country, latitude, longitude, location_precision,"
                + " fatalities_low, fatalities_best, fatalities_high, event_count, tags, modality, claim_id,"
                + " span_start, span_end, origin, recorded_at", batch.events(), e -> row(e.id(), e.documentId(),
                e.type(), e.subtype(), e.dateValue(), e.datePrecision(), e.locationEntity(), e.locationName(),
                e.country(), e.latitude(), e.longitude(), e.locationPrecision(), e.fatalitiesLow(),
                e.fatalitiesBest(), e.fatalitiesHigh(), e.count(), e.tags(), e.modality(), e.claimId(), e.start(),
                e.end(), origin, at)));
        counts.put("event_participant", move(c, copy, "event_participant", "event_id, entity_id, role",
                batch.participants(), p -> row(p.eventId(), p.entityId(), p.role())));
        counts.put("document_extraction", move(c, copy, "document_extraction", "document_id, origin, extracted_at",
                batch.documents(), d -> row(d.id(), origin, at)));
        return counts;
    }

    /** Copies rows into a temporary twin of {@code table}, then into the table, skipping rows it holds already. */
    private static <T> int move(Connection c, CopyManager copy, String table, String columns, List<T> rows,
                                java.util.function.Function<T, String> csv) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        String staging = "bulk_" + table;
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + staging + " (LIKE " + table + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            s.execute("TRUNCATE " + staging);
        }
        StringBuilder data = new StringBuilder();
        for (T row : rows) {
            data.append(csv.apply(row)).append('\n');
        }
        try {
            copy.copyIn("COPY " + staging + " (" + columns + ") FROM STDIN WITH (FORMAT csv)",
                    new StringReader(data.toString()));
        } catch (IOException e) {
            throw new SQLException("cannot copy into " + table + ": " + e.getMessage(), e);
        }
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + staging
                    + " ORDER BY 1 ON CONFLICT DO NOTHING"); // one order for all writers: no deadlocks on shared keys
        }
    }

    /** One CSV line: every value quoted (so an empty string stays one), null as nothing at all. */
    static String row(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v == null) {
                cells.add("");
            } else {
                String s = v.toString().replace("\u0000", "");
                cells.add('"' + s.replace("\"", "\"\"") + '"');
            }
        }
        return String.join(",", cells);
    }
}
