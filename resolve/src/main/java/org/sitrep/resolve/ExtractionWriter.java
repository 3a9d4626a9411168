package org.sitrep.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.SupplyReading;
import org.sitrep.extract.TruceReading;
import org.sitrep.extract.json.ExtractionJson;
import org.sitrep.model.Hashing;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.store.BulkLoader;
import org.sitrep.store.Limits;
import org.sitrep.store.StoreTransaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one document's extraction into the knowledge base: its entities resolved to knowledge-base entities (by
 * list match or name key), every mention a {@code name} statement with its span, relations as links, and events
 * and claims with their evidence. Ids of events, claims and links are the document's id prefix plus the
 * extraction's local id, so re-running replaces rather than duplicates.
 */
final class ExtractionWriter {

    private final NameKeys keys;
    private final String origin;
    private final ExtractionJson json = new ExtractionJson();

    ExtractionWriter(NameKeys keys, String origin) {
        this.keys = keys;
        this.origin = origin;
    }

    void write(StoreTransaction tx, String documentId, DocumentExtraction x, Instant now) throws SQLException {
        Connection c = tx.connection();
        forget(c, documentId);
        String prefix = documentId.substring(0, 16) + ":";
        Map<String, String> kbIds = new HashMap<>();
        List<Statement> statements = new ArrayList<>();
        for (Entity e : x.entities()) {
            String schema = ExtractionRows.schemaOf(e.type().label());
            if (schema == null || e.name().length() > Limits.MAX_NAME) {
                continue; // a "name" of thousands of characters is a run of capitals the tagger took for one, no party
            }
            boolean described = e.described() || NameKeys.isDescription(e.name()) || e.mentions().stream()
                    .anyMatch(m -> m.text().equalsIgnoreCase(e.name()) && NameKeys.isDescription(m.text()));
            // "civilians" here and "civilians" there are different people: a description is the document's own party
            String kbId = described ? "e-" + Hashing.sha256(documentId + "|" + schema + "|" + e.name()).substring(0, 20)
                    : resolve(c, schema, e, documentId, prefix, now);
            kbIds.put(e.id(), kbId);
            tx.ensureEntity(kbId, schema, e.name(), now);
            for (Span mention : e.mentions()) {
                if (!described && NameKeys.isDescription(mention.text())) {
                    continue; // "he", "the businessman": the entity's mentions, but not names of it
                }
                statements.add(new Statement(kbId, schema, "name", mention.text(), "documents",
                        new Provenance.FromText(documentId, mention, origin, now)));
            }
        }
        tx.insertStatements(statements);

        ExtractionRows rows = new ExtractionRows(documentId);
        JsonNode tree = json.tree(x);
        for (BulkLoader.ClaimRow claim : rows.claims(tree, kbIds)) {
            insertClaim(c, claim, now);
        }
        for (Claim claim : x.claims()) {
            insertDeaths(c, prefix + claim.id(), claim, kbIds);
        }
        Map<String, Span> evidence = new HashMap<>();
        x.relations().forEach(r -> evidence.putIfAbsent(prefix + r.id(), r.evidence()));
        List<Link> links = new ArrayList<>();
        for (BulkLoader.LinkRow r : rows.links(tree, kbIds)) {
            links.add(new Link(r.id(), r.type(), r.subject(), r.object(), r.modality(), r.claimId(),
                    new Provenance.FromText(documentId, evidence.get(r.id()), origin, now)));
        }
        tx.insertLinks(links);
        for (BulkLoader.EventRow event : rows.events(tree, kbIds)) {
            insertEvent(c, event, now);
        }
        for (BulkLoader.ParticipantRow participant : rows.participants(tree, kbIds)) {
            insertParticipant(c, participant);
        }
        for (Span hedge : x.hedges()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hedge (document_id, span_start, span_end, origin) VALUES (?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setInt(2, hedge.start());
                ps.setInt(3, hedge.end());
                ps.setString(4, origin);
                ps.executeUpdate();
            }
        }
        writeTruce(c, documentId, x.truce(), kbIds);
        writeSupply(c, documentId, x.supply(), kbIds);
        for (Claim claim : x.claims()) {
            for (String about : claim.about()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO claim_subject (claim_id, subject_id) VALUES (?, ?)")) {
                    ps.setString(1, prefix + claim.id());
                    ps.setString(2, prefix + about);
                    ps.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO document_extraction (document_id, origin, extracted_at) VALUES (?,?,?)")) {
            ps.setString(1, documentId);
            ps.setString(2, origin);
            ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /** What the document says of a truce, on knowledge-base entities; readings of entities it does not keep are dropped. */
    private void writeTruce(Connection c, String documentId, TruceReading truce, Map<String, String> kbIds)
            throws SQLException {
        for (TruceReading.ViolationSentence v : truce.sentences()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO violation_sentence (document_id, span_start,"
                    + " span_end, violation_count, accused, total, origin) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setInt(2, v.sentence().start());
                ps.setInt(3, v.sentence().end());
                ps.setObject(4, v.count(), Types.INTEGER);
                ps.setString(5, v.accused());
                ps.setBoolean(6, v.total());
                ps.setString(7, origin);
                ps.executeUpdate();
            }
        }
        for (TruceReading.ViolationCount v : truce.counts()) {
            String reporter = kbIds.get(v.reporter());
            if (reporter == null) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO violation_count (document_id, span_start,"
                    + " span_end, reporter_entity, violation_count, accused, total, date_value, origin)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setInt(2, v.sentence().start());
                ps.setInt(3, v.sentence().end());
                ps.setString(4, reporter);
                ps.setInt(5, v.count());
                ps.setString(6, v.accused());
                ps.setBoolean(7, v.total());
                ps.setObject(8, v.date(), Types.DATE);
                ps.setString(9, origin);
                ps.executeUpdate();
            }
        }
        Set<String> parties = new java.util.HashSet<>();
        for (TruceReading.TruceParty p : truce.parties()) {
            String entity = kbIds.get(p.entity());
            if (entity == null || !parties.add(entity + "|" + p.role() + "|" + p.sentence().start())) {
                continue; // two document entities may be one in the knowledge base
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO agreement_party (document_id, entity_id, role,"
                    + " span_start, span_end, name_start, name_end, origin) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setString(2, entity);
                ps.setString(3, p.role());
                ps.setInt(4, p.sentence().start());
                ps.setInt(5, p.sentence().end());
                ps.setInt(6, p.name().start());
                ps.setInt(7, p.name().end());
                ps.setString(8, origin);
                ps.executeUpdate();
            }
        }
    }

    /**
     * The sentences that tell supply chains and their parties, on knowledge-base entities. Two document entities that
     * are one in the knowledge base are one party, where it is first named; parties it does not keep are dropped.
     */
    private void writeSupply(Connection c, String documentId, SupplyReading supply, Map<String, String> kbIds)
            throws SQLException {
        for (SupplyReading.ChainSentence chain : supply.chains()) {
            Span sentence = chain.sentence();
            SupplyReading.Recovery recovery = chain.recovery();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO supply_sentence (document_id, span_start,"
                    + " span_end, item, item_start, item_end, supplied_date, supplied_precision, recovery_start,"
                    + " recovery_end, recovered_date, recovered_precision, recovered_place, origin)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, documentId);
                ps.setInt(2, sentence.start());
                ps.setInt(3, sentence.end());
                ps.setString(4, chain.item() == null ? null : chain.item().text());
                ps.setObject(5, chain.item() == null ? null : chain.item().start(), Types.INTEGER);
                ps.setObject(6, chain.item() == null ? null : chain.item().end(), Types.INTEGER);
                ps.setObject(7, chain.supplied() == null ? null : chain.supplied().date(), Types.DATE);
                ps.setString(8, chain.supplied() == null ? "unknown" : chain.supplied().precision());
                ps.setObject(9, recovery == null ? null : recovery.cue().start(), Types.INTEGER);
                ps.setObject(10, recovery == null ? null : recovery.cue().end(), Types.INTEGER);
                ps.setObject(11, recovery == null || recovery.date() == null ? null : recovery.date().date(), Types.DATE);
                ps.setString(12, recovery == null || recovery.date() == null ? "unknown" : recovery.date().precision());
                ps.setString(13, recovery == null || recovery.place() == null ? null : recovery.place().text());
                ps.setString(14, origin);
                ps.executeUpdate();
            }
            Set<String> parties = new java.util.HashSet<>();
            int index = 0;
            for (SupplyReading.Party p : chain.parties()) {
                String entity = kbIds.get(p.entity());
                if (entity != null && parties.add(entity)) {
                    insertSupplyParty(c, documentId, sentence, index++, entity, p.role(), p.place() == null ? null
                            : p.place().text(), p.name(), sentence, false);
                }
            }
            SupplyReading.EndUser user = recovery == null ? null : recovery.endUser();
            String entity = user == null ? null : kbIds.get(user.entity());
            if (entity != null && parties.add(entity)) {
                insertSupplyParty(c, documentId, sentence, index, entity, "end_user", null, user.name(),
                        user.sentence(), user.inferred());
            }
        }
    }

    private void insertSupplyParty(Connection c, String documentId, Span sentence, int index, String entity,
                                   String role, String place, Span name, Span evidence, boolean inferred)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO supply_party (document_id, span_start, party_index,"
                + " entity_id, role, place, name_start, name_end, evidence_start, evidence_end, inferred, origin)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, documentId);
            ps.setInt(2, sentence.start());
            ps.setInt(3, index);
            ps.setString(4, entity);
            ps.setString(5, role);
            ps.setString(6, place);
            ps.setInt(7, name.start());
            ps.setInt(8, name.end());
            ps.setInt(9, evidence.start());
            ps.setInt(10, evidence.end());
            ps.setBoolean(11, inferred);
            ps.setString(12, origin);
            ps.executeUpdate();
        }
    }

    /** Whether {@code documentId} was already extracted by this extractor version. */
    boolean isCurrent(Connection c, String documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT origin FROM document_extraction WHERE document_id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && origin.equals(rs.getString(1));
            }
        }
    }

    /** Drops what an earlier extraction of the document wrote. */
    private static void forget(Connection c, String documentId) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM claim_subject WHERE claim_id IN (SELECT id FROM claim WHERE document_id = ?)",
                "DELETE FROM claim_death WHERE claim_id IN (SELECT id FROM claim WHERE document_id = ?)",
                "DELETE FROM hedge WHERE document_id = ?",
                "DELETE FROM violation_sentence WHERE document_id = ?",
                "DELETE FROM violation_count WHERE document_id = ?",
                "DELETE FROM agreement_party WHERE document_id = ?",
                "DELETE FROM supply_party WHERE document_id = ?",
                "DELETE FROM supply_sentence WHERE document_id = ?",
                "DELETE FROM event_participant WHERE event_id IN (SELECT id FROM event WHERE document_id = ?)",
                "DELETE FROM event WHERE document_id = ?",
                "DELETE FROM link WHERE document_id = ?",
                "DELETE FROM claim WHERE document_id = ?",
                "DELETE FROM statement WHERE document_id = ?",
                "DELETE FROM resolution_reason WHERE document_id = ?",
                "DELETE FROM document_extraction WHERE document_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, documentId);
                ps.executeUpdate();
            }
        }
    }

    /**
     * The knowledge-base entity an extracted entity is: the listed party it was matched to, else whichever entity
     * already holds one of its name keys, else a new one. Its keys are recorded for later documents.
     */
    private String resolve(Connection c, String schema, Entity e, String documentId, String prefix, Instant now)
            throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name());
        names.addAll(e.aliases());
        List<String> nameKeys = names.stream().map(n -> keys.key(schema, n)).filter(k -> !k.isEmpty()).toList();
        String id = null;
        String method = null;
        String detail = null;
        String matched = null;
        double score = 1;
        for (Entity.ListLink link : e.links()) {
            if (link.score() >= ExtractionRows.LIST_MATCH) {
                id = ListParties.entityId(link.list(), link.id());
                method = "list-link";
                score = link.score();
                detail = "the extractor matched it to " + link.list() + " " + link.id();
                matched = link.list() + " " + link.id();
                break;
            }
        }
        for (int i = 0; id == null && i < nameKeys.size(); i++) {
            id = lookup(c, nameKeys.get(i));
            method = "name-key";
            detail = "an entity already holds the name key " + nameKeys.get(i);
            matched = nameKeys.get(i);
        }
        if (id == null) {
            id = acrossKinds(c, nameKeys);
            method = "other-kind-key";
            detail = "same words as a listed party of another kind: " + String.join(", ", nameKeys);
            matched = String.join(", ", nameKeys);
        }
        if (id == null) {
            id = bySurname(c, nameKeys);
            method = "surname";
            detail = "the only party of this kind with the word: " + String.join(", ", nameKeys);
            matched = String.join(", ", nameKeys);
        }
        if (id == null) {
            id = "e-" + Hashing.sha256(nameKeys.isEmpty() ? schema + "|" + e.name() : nameKeys.getFirst()).substring(0, 20);
        } else {
            ResolutionReasons.record(c, id, prefix + e.id(), documentId, e.name(), matched, method, score, detail, origin, now);
        }
        for (String key : nameKeys) {
            register(c, key, id);
        }
        return id;
    }

    private static final List<String> PARTY_KINDS = List.of("person", "org", "place");

    /**
     * The same words under another kind of party — taggers sometimes call a company a person or a place — but only
     * when a sanctions list names that party, so that guesses never merge two guesses.
     */
    private static String acrossKinds(Connection c, List<String> nameKeys) throws SQLException {
        for (String key : nameKeys) {
            int bar = key.indexOf('|');
            for (String kind : PARTY_KINDS) {
                String other = kind + key.substring(bar);
                if (!other.equals(key)) {
                    String id = lookup(c, other);
                    if (id != null && id.contains(":")) {
                        return id;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A one-word name ("Haswani", "Hesco") is the party of the same kind whose other names contain that word — when
     * exactly one party's do. Documents refer back to people and companies by surname or short name.
     */
    private static String bySurname(Connection c, List<String> nameKeys) throws SQLException {
        for (String key : nameKeys) {
            int bar = key.indexOf('|');
            String word = key.substring(bar + 1);
            if (word.contains(" ") || word.length() < 4) {
                continue;
            }
            Set<String> owners = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, name_key FROM entity_key WHERE name_key LIKE ?")) {
                ps.setString(1, key.substring(0, bar + 1) + "%" + word + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> words = List.of(rs.getString(2).substring(bar + 1).split(" "));
                        if (words.contains(word)) {
                            owners.add(rs.getString(1));
                        }
                    }
                }
            }
            if (owners.size() == 1) {
                return owners.iterator().next();
            }
        }
        return null;
    }

    static String lookup(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id FROM entity_key WHERE name_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Points {@code key} at {@code entityId} unless it points somewhere already (first come, first kept). */
    static void register(Connection c, String key, String entityId) throws SQLException {
        if (lookup(c, key) != null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_key (name_key, entity_id) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, entityId);
            ps.executeUpdate();
        }
    }

    /** Points {@code key} at {@code entityId}, whatever it pointed at before: list parties outrank guesses. */
    static void claim(Connection c, String key, String entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity_key WHERE name_key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
        register(c, key, entityId);
    }

    private void insertClaim(Connection c, BulkLoader.ClaimRow claim, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim (id, document_id, source_entity, source_text,"
                + " cue_start, cue_end, content_start, content_end, stance, origin, recorded_at, negation_start,"
                + " negation_end, pronoun_start, pronoun_end, pronoun_entity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, claim.id());
            ps.setString(2, claim.documentId());
            ps.setString(3, claim.sourceEntity());
            ps.setString(4, claim.sourceText());
            ps.setInt(5, claim.cueStart());
            ps.setInt(6, claim.cueEnd());
            ps.setInt(7, claim.contentStart());
            ps.setInt(8, claim.contentEnd());
            ps.setString(9, claim.stance());
            ps.setString(10, origin);
            ps.setObject(11, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setObject(12, claim.negationStart(), Types.INTEGER);
            ps.setObject(13, claim.negationEnd(), Types.INTEGER);
            ps.setObject(14, claim.pronounStart(), Types.INTEGER);
            ps.setObject(15, claim.pronounEnd(), Types.INTEGER);
            ps.setString(16, claim.pronounEntity());
            ps.executeUpdate();
        }
    }

    /** Who the claim says died, once each: two document entities may be one in the knowledge base. */
    private static void insertDeaths(Connection c, String claimId, Claim claim, Map<String, String> kbIds)
            throws SQLException {
        Set<String> dead = new java.util.HashSet<>();
        for (Claim.Death death : claim.deaths()) {
            String entity = kbIds.get(death.entity());
            if (entity != null && dead.add(entity)) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO claim_death (claim_id, entity_id, cue_start, cue_end) VALUES (?,?,?,?)")) {
                    ps.setString(1, claimId);
                    ps.setString(2, entity);
                    ps.setInt(3, death.cue().start());
                    ps.setInt(4, death.cue().end());
                    ps.executeUpdate();
                }
            }
        }
    }

    private void insertEvent(Connection c, BulkLoader.EventRow e, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, document_id, event_type, sub_event_type,"
                + " date_value, date_precision, location_entity, location_name, country, latitude, longitude,"
                + " location_precision, fatalities_low, fatalities_best, fatalities_high, event_count, tags, modality,"
                + " claim_id, span_start, span_end, origin, recorded_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.documentId());
            ps.setString(3, e.type());
            ps.setString(4, e.subtype());
            ps.setObject(5, e.dateValue(), Types.DATE);
            ps.setString(6, e.datePrecision());
            ps.setString(7, e.locationEntity());
            ps.setString(8, e.locationName());
            ps.setString(9, e.country());
            ps.setObject(10, e.latitude(), Types.DOUBLE);
            ps.setObject(11, e.longitude(), Types.DOUBLE);
            ps.setString(12, e.locationPrecision());
            ps.setObject(13, e.fatalitiesLow(), Types.INTEGER);
            ps.setObject(14, e.fatalitiesBest(), Types.INTEGER);
            ps.setObject(15, e.fatalitiesHigh(), Types.INTEGER);
            ps.setObject(16, e.count(), Types.INTEGER);
            ps.setString(17, e.tags());
            ps.setString(18, e.modality());
            ps.setString(19, e.claimId());
            ps.setInt(20, e.start());
            ps.setInt(21, e.end());
            ps.setString(22, origin);
            ps.setObject(23, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static void insertParticipant(Connection c, BulkLoader.ParticipantRow participant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_participant (event_id, entity_id, role) VALUES (?,?,?)")) {
            ps.setString(1, participant.eventId());
            ps.setString(2, participant.entityId());
            ps.setString(3, participant.role());
            ps.executeUpdate();
        }
    }
}
