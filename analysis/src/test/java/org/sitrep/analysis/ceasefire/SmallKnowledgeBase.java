package org.sitrep.analysis.ceasefire;

import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.store.EvidenceStore;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small knowledge base by hand, the way extraction would: documents, entities with their mentions, claims,
 * events and links, every one with its span. Spans are given as the words they cover (first occurrence after a
 * given position), so tests read like the text.
 */
public final class SmallKnowledgeBase {

    private final EvidenceStore store;

    public SmallKnowledgeBase(EvidenceStore store) {
        this.store = store;
    }

    /** Stores a document dated {@code date}; returns its id. */
    public String document(String title, String date, String text) {
        Document d = Document.of(title, new DocDate(LocalDate.parse(date), DocDate.Precision.DAY, DocDate.Source.TEXT),
                "text/plain", text);
        store.inTransaction(tx -> tx.insertDocumentIfAbsent(d, "test", Instant.EPOCH));
        return d.id();
    }

    /** An entity with a mention at every occurrence of each of {@code names} in the document. */
    public void entity(String documentId, String id, String schema, String... names) {
        String text = store.document(documentId).orElseThrow().text();
        store.inTransaction(tx -> {
            tx.ensureEntity(id, schema, names[0], Instant.EPOCH);
            for (String name : names) {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    int start = text.codePointCount(0, at);
                    Span span = Span.of(text, start, start + name.codePointCount(0, name.length()));
                    tx.insertStatements(List.of(new Statement(id, schema, "name", name, "documents",
                            new Provenance.FromText(documentId, span, "test", Instant.EPOCH))));
                }
            }
            return null;
        });
    }

    /** The code-point span {start, end} of the sentence-like stretch {@code words} in the document. */
    public int[] span(String documentId, String words) {
        String text = store.document(documentId).orElseThrow().text();
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        int start = text.codePointCount(0, at);
        return new int[] {start, start + words.codePointCount(0, words.length())};
    }

    /** A claim: {@code source} (entity id or null) says, with cue word {@code cue}, what {@code content} says. */
    public void claim(String documentId, String id, String sourceEntity, String sourceText, String cue, String content,
                      String stance) {
        int[] c = span(documentId, cue);
        int[] s = span(documentId, content);
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO claim (id, document_id,"
                    + " source_entity, source_text, cue_start, cue_end, content_start, content_end, stance, origin,"
                    + " recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, id);
                ps.setString(2, documentId);
                ps.setString(3, sourceEntity);
                ps.setString(4, sourceText);
                ps.setInt(5, c[0]);
                ps.setInt(6, c[1]);
                ps.setInt(7, s[0]);
                ps.setInt(8, s[1]);
                ps.setString(9, stance);
                ps.setString(10, "test");
                ps.setObject(11, OffsetDateTime.of(2016, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** An event of ACLED sub-type {@code subType} stated by {@code sentence}; {@code actors} are entity ids. */
    public void event(String documentId, String id, String subType, String date, Integer count, String tags,
                      String claimId, String sentence, List<String> actors, List<String> targets) {
        int[] s = span(documentId, sentence);
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO event (id, document_id,"
                    + " event_type, sub_event_type, date_value, date_precision, location_precision, event_count, tags,"
                    + " modality, claim_id, span_start, span_end, origin, recorded_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, id);
                ps.setString(2, documentId);
                ps.setString(3, "Test");
                ps.setString(4, subType);
                ps.setObject(5, date == null ? null : LocalDate.parse(date), java.sql.Types.DATE);
                ps.setString(6, date == null ? "unknown" : "day");
                ps.setString(7, "unknown");
                ps.setObject(8, count, java.sql.Types.INTEGER);
                ps.setString(9, tags);
                ps.setString(10, claimId == null ? "asserted" : "reported");
                ps.setString(11, claimId);
                ps.setInt(12, s[0]);
                ps.setInt(13, s[1]);
                ps.setString(14, "test");
                ps.setObject(15, OffsetDateTime.of(2016, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
                ps.executeUpdate();
            }
            for (String role : List.of("actor", "target")) {
                for (String entity : role.equals("actor") ? actors : targets) {
                    try (PreparedStatement ps = tx.connection().prepareStatement(
                            "INSERT INTO event_participant (event_id, entity_id, role) VALUES (?,?,?)")) {
                        ps.setString(1, id);
                        ps.setString(2, entity);
                        ps.setString(3, role);
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /**
     * What extraction stores of a sentence that speaks of violations: the count, the accused (words) and whether the
     * count is a running total it gives.
     */
    public void violationSentence(String documentId, String sentence, Integer count, String accused, boolean total) {
        int[] s = span(documentId, sentence);
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO violation_sentence (document_id,"
                    + " span_start, span_end, violation_count, accused, total, origin) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setInt(2, s[0]);
                ps.setInt(3, s[1]);
                ps.setObject(4, count, java.sql.Types.INTEGER);
                ps.setString(5, accused);
                ps.setBoolean(6, total);
                ps.setString(7, "test");
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** What extraction stores of a count side {@code reporter} gives in {@code sentence}, on day {@code date} or none. */
    public void violationCount(String documentId, String sentence, String reporter, int count, String accused,
                               boolean total, String date) {
        int[] s = span(documentId, sentence);
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO violation_count (document_id,"
                    + " span_start, span_end, reporter_entity, violation_count, accused, total, date_value, origin)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setInt(2, s[0]);
                ps.setInt(3, s[1]);
                ps.setString(4, reporter);
                ps.setInt(5, count);
                ps.setString(6, accused);
                ps.setBoolean(7, total);
                ps.setObject(8, date == null ? null : LocalDate.parse(date), java.sql.Types.DATE);
                ps.setString(9, "test");
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** What extraction stores of a party an agreement names ({@code role}: sponsor, party, excluded) as {@code name}. */
    public void agreementParty(String documentId, String entity, String role, String sentence, String name) {
        int[] s = span(documentId, sentence);
        String text = store.document(documentId).orElseThrow().text();
        int at = text.indexOf(name, text.indexOf(sentence));
        int nameStart = text.codePointCount(0, at);
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO agreement_party (document_id,"
                    + " entity_id, role, span_start, span_end, name_start, name_end, origin) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setString(2, entity);
                ps.setString(3, role);
                ps.setInt(4, s[0]);
                ps.setInt(5, s[1]);
                ps.setInt(6, nameStart);
                ps.setInt(7, nameStart + name.codePointCount(0, name.length()));
                ps.setString(8, "test");
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * What extraction stores of a sentence that tells a supply chain: the item (its words, or null), the day or month
     * it was supplied (ISO day, or null) and the recovery: its cue word (null when the sentence tells none), day or
     * month and place.
     */
    public void supplySentence(String documentId, String sentence, String item, String supplied,
                               String suppliedPrecision, String recoveryCue, String recovered,
                               String recoveredPrecision, String recoveredPlace) {
        int[] s = span(documentId, sentence);
        int[] i = item == null ? new int[2] : within(documentId, sentence, item);
        int[] r = recoveryCue == null ? new int[2] : within(documentId, sentence, recoveryCue);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document_id", documentId);
        row.put("span_start", s[0]);
        row.put("span_end", s[1]);
        row.put("item", item);
        row.put("item_start", item == null ? null : i[0]);
        row.put("item_end", item == null ? null : i[1]);
        row.put("supplied_date", supplied == null ? null : LocalDate.parse(supplied));
        row.put("supplied_precision", supplied == null ? "unknown" : suppliedPrecision);
        row.put("recovery_start", recoveryCue == null ? null : r[0]);
        row.put("recovery_end", recoveryCue == null ? null : r[1]);
        row.put("recovered_date", recovered == null ? null : LocalDate.parse(recovered));
        row.put("recovered_precision", recovered == null ? "unknown" : recoveredPrecision);
        row.put("recovered_place", recoveredPlace);
        insert("supply_sentence", row);
    }

    /**
     * What extraction stores of the {@code index}th party of chain sentence {@code sentence}: the entity, its role
     * (manufacturer, distributor, supplier, end_user), the place named after it, and where it is named — in the
     * sentence itself, or for an end user taken from elsewhere in the document ({@code inferred}) in sentence
     * {@code namedIn}.
     */
    public void supplyParty(String documentId, String sentence, int index, String entity, String role, String place,
                            String name, String namedIn, boolean inferred) {
        int[] evidence = span(documentId, namedIn);
        int[] named = within(documentId, namedIn, name);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document_id", documentId);
        row.put("span_start", span(documentId, sentence)[0]);
        row.put("party_index", index);
        row.put("entity_id", entity);
        row.put("role", role);
        row.put("place", place);
        row.put("name_start", named[0]);
        row.put("name_end", named[1]);
        row.put("evidence_start", evidence[0]);
        row.put("evidence_end", evidence[1]);
        row.put("inferred", inferred);
        insert("supply_party", row);
    }

    /** Inserts a row of {@code table} from column names to values (nulls typed by the column), origin "test". */
    private void insert(String table, Map<String, Object> values) {
        Map<String, Object> row = new LinkedHashMap<>(values);
        row.put("origin", "test");
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")";
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
                int n = 1;
                for (Object value : row.values()) {
                    if (value == null) {
                        ps.setNull(n, ps.getParameterMetaData().getParameterType(n));
                    } else {
                        ps.setObject(n, value);
                    }
                    n++;
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The code-point span {start, end} of the first {@code words} within the stretch {@code sentence}. */
    private int[] within(String documentId, String sentence, String words) {
        String text = store.document(documentId).orElseThrow().text();
        int at = text.indexOf(words, text.indexOf(sentence));
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        int start = text.codePointCount(0, at);
        return new int[] {start, start + words.codePointCount(0, words.length())};
    }

    /** A link of {@code type} from {@code subject} to {@code object}, stated by {@code words}. */
    public void link(String documentId, String id, String type, String subject, String object, String words) {
        int[] s = span(documentId, words);
        String text = store.document(documentId).orElseThrow().text();
        store.inTransaction(tx -> tx.insertLinks(List.of(new Link(id, type, subject, object, "asserted", null,
                new Provenance.FromText(documentId, Span.of(text, s[0], s[1]), "test", Instant.EPOCH)))));
    }
}
