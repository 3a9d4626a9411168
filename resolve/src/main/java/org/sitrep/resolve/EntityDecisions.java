package org.sitrep.resolve;

import org.sitrep.model.Hashing;
import org.sitrep.store.EvidenceStore;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People's corrections to entity resolution: merge two entities that are one, split names off an entity that is two.
 * Every decision is written to the audit log ({@code user_decision}) and carried out on the store; no statement
 * loses its evidence — statements, mentions, links, events and claims only change the entity they point at.
 *
 * <p>Re-ingestion and re-extraction rebuild facts from documents and lists; {@link #reapply()} then carries out the
 * logged decisions again, in order, so they survive. {@link KnowledgeBase} calls it after every list sync and
 * extraction run.
 *
 * <pre>{@code
 * EntityDecisions decisions = new EntityDecisions(store);
 * decisions.merge("us-ofac-sdn:19449", "e-3f2a...", "same person: al-Benali", "analyst");
 * decisions.split("e-77c1...", List.of("Abu Sara"), "another man", "analyst");
 * }</pre>
 */
public final class EntityDecisions {

    private static final List<String> NAME_PROPS = List.of("name", "alias", "weakAlias", "previousName");

    private final EvidenceStore store;
    private final Clock clock;
    private final NameKeys keys = new NameKeys();

    public EntityDecisions(EvidenceStore store) {
        this(store, Clock.systemUTC());
    }

    public EntityDecisions(EvidenceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Merges entity {@code mergedId} into {@code keepId}: everything that pointed at the merged entity now points at
     * the kept one, and names of the merged entity resolve to it from now on.
     *
     * @throws IllegalArgumentException when either entity is unknown or both are the same
     */
    public EntityDecision merge(String keepId, String mergedId, String reason, String user) {
        if (keepId.equals(mergedId)) {
            throw new IllegalArgumentException("cannot merge " + keepId + " with itself");
        }
        return store.inTransaction(tx -> {
            Connection c = tx.connection();
            requireEntity(c, keepId);
            requireEntity(c, mergedId);
            List<String> names = namesOf(c, mergedId);
            EntityDecision d = log(c, EntityDecision.MERGE, keepId, mergedId, names, reason, user);
            applyMerge(c, keepId, mergedId, names);
            return d;
        });
    }

    /**
     * Splits the names {@code names} (any of its names, aliases or mentions, ignoring case) off {@code entityId} into
     * a new entity, with the mentions, links, events and claims whose evidence rests on those names.
     *
     * @return the decision; {@link EntityDecision#otherId()} is the new entity
     * @throws IllegalArgumentException when the entity is unknown, a name is not one of its names, or every name
     *                                  would move (that is a rename, not a split)
     */
    public EntityDecision split(String entityId, List<String> names, String reason, String user) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one name to split off " + entityId);
        }
        return store.inTransaction(tx -> {
            Connection c = tx.connection();
            requireEntity(c, entityId);
            Set<String> own = new LinkedHashSet<>();
            for (String n : namesOf(c, entityId)) {
                own.add(n.toLowerCase(Locale.ROOT));
            }
            List<String> moving = new ArrayList<>();
            for (String n : names) {
                if (!own.contains(n.strip().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("'" + n + "' is not a name of " + entityId + "; its names: "
                            + String.join(", ", namesOf(c, entityId)));
                }
                moving.add(n.strip());
            }
            if (own.size() == new LinkedHashSet<>(moving.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).size()) {
                throw new IllegalArgumentException("every name of " + entityId + " would move: nothing left to split from");
            }
            String newId = "u-" + Hashing.sha256(entityId + "\u001f" + String.join("\u001f",
                    moving.stream().map(n -> n.toLowerCase(Locale.ROOT)).sorted().toList())).substring(0, 20);
            EntityDecision d = log(c, EntityDecision.SPLIT, entityId, newId, moving, reason, user);
            applySplit(c, entityId, newId, moving);
            return d;
        });
    }

    /** The audit log, oldest first. */
    public List<EntityDecision> log() {
        return store.query(EntityDecisions::readLog);
    }

    /**
     * The id an entity has now: itself, or — when merged away by a person or folded away as the same party — the
     * entity it became.
     */
    public String current(String id) {
        return store.query(c -> followFolds(c, follow(readLog(c), id)));
    }

    /**
     * The entity {@code id} names, following merges: an entity merged away is shown as the one it was merged into.
     */
    public Optional<EntityView> show(String id) {
        return store.query(c -> {
            String current = followFolds(c, follow(readLog(c), id));
            String schema;
            String caption;
            try (PreparedStatement ps = c.prepareStatement("SELECT schema_name, caption FROM entity WHERE id = ?")) {
                ps.setString(1, current);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    schema = rs.getString(1);
                    caption = rs.getString(2);
                }
            }
            List<EntityView.NameEvidence> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT prop, prop_value, document_id, span_start, span_end,"
                    + " list_id, record_id FROM statement WHERE entity_id = ? AND prop IN ('name', 'alias', 'weakAlias',"
                    + " 'previousName') ORDER BY list_id, prop, prop_value, document_id, span_start")) {
                ps.setString(1, current);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(new EntityView.NameEvidence(rs.getString(1), rs.getString(2),
                                rs.getString(3) == null ? null : rs.getString(3).trim(), (Integer) rs.getObject(4),
                                (Integer) rs.getObject(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            int links = Sql.count(c, "SELECT COUNT(*) FROM link WHERE subject_id = ? OR object_id = ?", current, current);
            int events = Sql.count(c, "SELECT COUNT(DISTINCT event_id) FROM event_participant WHERE entity_id = ?", current);
            List<EntityDecision> decisions = readLog(c).stream().filter(d -> d.entityId().equals(current)
                    || d.otherId().equals(current) || d.otherId().equals(id) || d.entityId().equals(id)).toList();
            return Optional.of(new EntityView(current, schema, caption, names, links, events, decisions));
        });
    }

    /**
     * Carries out every logged decision again, oldest first: after re-extraction or a list sync have rebuilt facts,
     * merged entities are merged again and split names split off again. Does nothing when nobody has decided anything.
     *
     * @return decisions re-applied
     */
    public int reapply() {
        return store.inTransaction(tx -> {
            Connection c = tx.connection();
            List<EntityDecision> log = readLog(c);
            for (EntityDecision d : log) {
                if (d.kind().equals(EntityDecision.MERGE)) {
                    String keep = follow(log.subList(0, log.indexOf(d)), d.entityId());
                    if (Sql.exists(c, keep)) {
                        applyMerge(c, keep, d.otherId(), d.names());
                    }
                } else if (d.kind().equals(EntityDecision.SPLIT)) {
                    String from = follow(log.subList(0, log.indexOf(d)), d.entityId());
                    if (Sql.exists(c, from) || Sql.exists(c, d.otherId())) {
                        applySplit(c, from, d.otherId(), d.names());
                    }
                }
            }
            return log.size();
        });
    }

    /** Where an entity folded away automatically (same party on two lists, a spelling of a listed name) lives now. */
    private static String followFolds(Connection c, String id) throws SQLException {
        String current = id;
        for (int guard = 0; guard < 10 && !Sql.exists(c, current); guard++) {
            List<String[]> into = Sql.rows(c, "SELECT entity_id FROM resolution_reason WHERE merged_id = ? ORDER BY id DESC",
                    current);
            if (into.isEmpty()) {
                return current;
            }
            current = into.getFirst()[0];
        }
        return current;
    }

    /** Where {@code id} lives now after the merges in {@code log}. */
    private static String follow(List<EntityDecision> log, String id) {
        String current = id;
        for (int guard = 0; guard <= log.size(); guard++) {
            String next = null;
            for (EntityDecision d : log) {
                if (d.kind().equals(EntityDecision.MERGE) && d.otherId().equals(current)) {
                    next = d.entityId();
                }
            }
            if (next == null || next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private void applyMerge(Connection c, String keep, String merged, List<String> mergedNames) throws SQLException {
        String schema = Sql.schemaOf(c, keep);
        // Entity ids are stable across re-extraction (derived from names, or list record ids), so the merged id is
        // the one to fold in again; its names are pointed at the kept entity below.
        Set<String> sources = Set.of(merged);
        for (String from : sources) {
            repoint(c, from, keep);
            Sql.update(c, "DELETE FROM entity WHERE id = ?", from);
        }
        for (String name : mergedNames) {
            String key = keys.key(schema == null ? "Thing" : schema, name);
            if (!key.isEmpty()) {
                ExtractionWriter.claim(c, key, keep);
            }
        }
    }

    private void applySplit(Connection c, String from, String to, List<String> names) throws SQLException {
        Set<String> lower = new LinkedHashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        String schema = Sql.schemaOf(c, from);
        if (schema == null) {
            schema = Sql.schemaOf(c, to);
        }
        if (schema == null) {
            return; // neither entity exists any more: the names are gone from the store
        }
        if (Sql.exists(c, from) && Sql.exists(c, to)) {
            // Re-extraction may have resolved the whole party to the split-off entity (its names lead there now):
            // start again from everything on the original, then move exactly the split names and what rests on them.
            repoint(c, to, from);
        }
        ensureEntity(c, to, schema, names.getFirst());
        // Mentions (and list names) of the split-off names move; remember where the moved mentions are.
        Map<String, List<int[]>> moved = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(lower.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT id, document_id, span_start, span_end FROM statement"
                + " WHERE entity_id IN (?, ?) AND prop IN ('name', 'alias', 'weakAlias', 'previousName')"
                + " AND LOWER(prop_value) IN (" + marks + ")")) {
            ps.setString(1, from);
            ps.setString(2, to);
            int i = 3;
            for (String n : lower) {
                ps.setString(i++, n);
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        moved.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                                .add(new int[] {rs.getInt(3), rs.getInt(4)});
                    }
                }
            }
            for (String id : ids) {
                Sql.update(c, "UPDATE statement SET entity_id = ? WHERE id = ?", to, id);
            }
        }
        // Other facts follow the mentions their evidence rests on: a link, event or claim whose span holds a moved
        // mention and no mention still of the old entity now involves the new one.
        Map<String, List<int[]>> staying = mentions(c, from);
        for (Map.Entry<String, List<int[]>> doc : moved.entrySet()) {
            String documentId = doc.getKey();
            List<int[]> remaining = staying.getOrDefault(documentId, List.of());
            for (String[] row : Sql.rows(c, "SELECT id, subject_id, object_id, span_start, span_end FROM link"
                    + " WHERE document_id = ? AND (subject_id = ? OR object_id = ?)", documentId, from, from)) {
                if (follows(doc.getValue(), remaining, Integer.parseInt(row[3]), Integer.parseInt(row[4]))) {
                    if (row[1].equals(from)) {
                        Sql.update(c, "UPDATE link SET subject_id = ? WHERE id = ?", to, row[0]);
                    }
                    if (row[2].equals(from)) {
                        Sql.update(c, "UPDATE link SET object_id = ? WHERE id = ?", to, row[0]);
                    }
                }
            }
            for (String[] row : Sql.rows(c, "SELECT e.id, p.role, e.span_start, e.span_end FROM event e JOIN event_participant p"
                    + " ON p.event_id = e.id WHERE e.document_id = ? AND p.entity_id = ?", documentId, from)) {
                if (follows(doc.getValue(), remaining, Integer.parseInt(row[2]), Integer.parseInt(row[3]))) {
                    Sql.update(c, "DELETE FROM event_participant WHERE event_id = ? AND role = ? AND entity_id = ?",
                            row[0], row[1], to);
                    Sql.update(c, "UPDATE event_participant SET entity_id = ? WHERE event_id = ? AND role = ? AND entity_id = ?",
                            to, row[0], row[1], from);
                }
            }
            for (String[] row : Sql.rows(c, "SELECT id, cue_start, content_end FROM claim WHERE document_id = ?"
                    + " AND source_entity = ?", documentId, from)) {
                int cue = Integer.parseInt(row[1]);
                // the speaker is named before the cue or right after it ("said Abu Ahmad")
                if (follows(doc.getValue(), remaining, Math.max(0, cue - 300), Integer.parseInt(row[2]))) {
                    Sql.update(c, "UPDATE claim SET source_entity = ? WHERE id = ?", to, row[0]);
                }
            }
            // a pronoun stands for whoever is named shortly before it
            for (String[] row : Sql.rows(c, "SELECT id, pronoun_start FROM claim WHERE document_id = ?"
                    + " AND pronoun_entity = ?", documentId, from)) {
                int pronoun = Integer.parseInt(row[1]);
                if (follows(doc.getValue(), remaining, Math.max(0, pronoun - 300), pronoun)) {
                    Sql.update(c, "UPDATE claim SET pronoun_entity = ? WHERE id = ?", to, row[0]);
                }
            }
            // a truce reading follows the name in the sentence it was read from
            for (String[] row : Sql.rows(c, "SELECT id, span_start, span_end FROM violation_count WHERE document_id = ?"
                    + " AND reporter_entity = ?", documentId, from)) {
                if (follows(doc.getValue(), remaining, Integer.parseInt(row[1]), Integer.parseInt(row[2]))) {
                    Sql.update(c, "UPDATE violation_count SET reporter_entity = ? WHERE id = " + Long.parseLong(row[0]), to);
                }
            }
            for (String[] row : Sql.rows(c, "SELECT role, span_start, span_end FROM agreement_party WHERE document_id = ?"
                    + " AND entity_id = ?", documentId, from)) {
                if (follows(doc.getValue(), remaining, Integer.parseInt(row[1]), Integer.parseInt(row[2]))) {
                    String where = " WHERE document_id = ? AND role = ? AND span_start = " + Integer.parseInt(row[1])
                            + " AND entity_id = ?";
                    Sql.update(c, "DELETE FROM agreement_party" + where, documentId, row[0], to);
                    Sql.update(c, "UPDATE agreement_party SET entity_id = ?" + where, to, documentId, row[0], from);
                }
            }
            // a party of a supply chain follows its name where the chain's sentence (or the end user's) names it
            for (String[] row : Sql.rows(c, "SELECT span_start, evidence_start, evidence_end FROM supply_party"
                    + " WHERE document_id = ? AND entity_id = ?", documentId, from)) {
                if (follows(doc.getValue(), remaining, Integer.parseInt(row[1]), Integer.parseInt(row[2]))) {
                    String where = " WHERE document_id = ? AND span_start = " + Integer.parseInt(row[0])
                            + " AND entity_id = ?";
                    Sql.update(c, "DELETE FROM supply_party" + where, documentId, to);
                    Sql.update(c, "UPDATE supply_party SET entity_id = ?" + where, to, documentId, from);
                }
            }
            // a death follows the name in the claim's content it was read from
            for (String[] row : Sql.rows(c, "SELECT cl.id, cl.content_start, cl.content_end FROM claim cl JOIN claim_death d"
                    + " ON d.claim_id = cl.id WHERE cl.document_id = ? AND d.entity_id = ?", documentId, from)) {
                if (follows(doc.getValue(), remaining, Integer.parseInt(row[1]), Integer.parseInt(row[2]))) {
                    Sql.update(c, "DELETE FROM claim_death WHERE claim_id = ? AND entity_id = ?", row[0], to);
                    Sql.update(c, "UPDATE claim_death SET entity_id = ? WHERE claim_id = ? AND entity_id = ?",
                            to, row[0], from);
                }
            }
        }
        for (String name : names) {
            String key = keys.key(schema, name);
            if (!key.isEmpty()) {
                ExtractionWriter.claim(c, key, to);
            }
        }
    }

    /** Points every statement, link, event, claim and name key of entity {@code from} at entity {@code to}. */
    static void repoint(Connection c, String from, String to) throws SQLException {
        Sql.update(c, "UPDATE statement SET entity_id = ? WHERE entity_id = ?", to, from);
        // a designation names the party it designates (the FtM Sanction's entity property)
        Sql.update(c, "UPDATE statement SET prop_value = ? WHERE prop = 'entity' AND prop_value = ?", to, from);
        Sql.update(c, "UPDATE link SET subject_id = ? WHERE subject_id = ?", to, from);
        Sql.update(c, "UPDATE link SET object_id = ? WHERE object_id = ?", to, from);
        Sql.update(c, "DELETE FROM event_participant WHERE entity_id = ? AND EXISTS (SELECT 1 FROM event_participant k"
                + " WHERE k.event_id = event_participant.event_id AND k.role = event_participant.role"
                + " AND k.entity_id = ?)", from, to);
        Sql.update(c, "UPDATE event_participant SET entity_id = ? WHERE entity_id = ?", to, from);
        Sql.update(c, "UPDATE event SET location_entity = ? WHERE location_entity = ?", to, from);
        Sql.update(c, "UPDATE claim SET source_entity = ? WHERE source_entity = ?", to, from);
        Sql.update(c, "UPDATE claim SET pronoun_entity = ? WHERE pronoun_entity = ?", to, from);
        Sql.update(c, "DELETE FROM claim_death WHERE entity_id = ? AND EXISTS (SELECT 1 FROM claim_death k"
                + " WHERE k.claim_id = claim_death.claim_id AND k.entity_id = ?)", from, to);
        Sql.update(c, "UPDATE claim_death SET entity_id = ? WHERE entity_id = ?", to, from);
        Sql.update(c, "UPDATE violation_count SET reporter_entity = ? WHERE reporter_entity = ?", to, from);
        Sql.update(c, "DELETE FROM agreement_party WHERE entity_id = ? AND EXISTS (SELECT 1 FROM agreement_party k"
                + " WHERE k.document_id = agreement_party.document_id AND k.role = agreement_party.role"
                + " AND k.span_start = agreement_party.span_start AND k.entity_id = ?)", from, to);
        Sql.update(c, "UPDATE agreement_party SET entity_id = ? WHERE entity_id = ?", to, from);
        Sql.update(c, "DELETE FROM supply_party WHERE entity_id = ? AND EXISTS (SELECT 1 FROM supply_party k"
                + " WHERE k.document_id = supply_party.document_id AND k.span_start = supply_party.span_start"
                + " AND k.entity_id = ?)", from, to);
        Sql.update(c, "UPDATE supply_party SET entity_id = ? WHERE entity_id = ?", to, from);
        Sql.update(c, "UPDATE entity_key SET entity_id = ? WHERE entity_id = ?", to, from);
        Sql.update(c, "UPDATE resolution_reason SET entity_id = ? WHERE entity_id = ?", to, from);
    }

    /** Whether a fact spanning {@code [start, end)} rests on a moved mention and on none that stayed. */
    private static boolean follows(List<int[]> moved, List<int[]> staying, int start, int end) {
        boolean hasMoved = moved.stream().anyMatch(m -> m[0] >= start && m[1] <= end);
        boolean hasStaying = staying.stream().anyMatch(m -> m[0] >= start && m[1] <= end);
        return hasMoved && !hasStaying;
    }

    private static Map<String, List<int[]>> mentions(Connection c, String entityId) throws SQLException {
        Map<String, List<int[]>> out = new HashMap<>();
        for (String[] row : Sql.rows(c, "SELECT document_id, span_start, span_end FROM statement WHERE entity_id = ?"
                + " AND document_id IS NOT NULL", entityId)) {
            out.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new int[] {Integer.parseInt(row[1]),
                    Integer.parseInt(row[2])});
        }
        return out;
    }

    private EntityDecision log(Connection c, String kind, String entityId, String otherId, List<String> names,
                               String reason, String user) throws SQLException {
        Map<String, List<String>> payload = new LinkedHashMap<>();
        payload.put("entity", List.of(entityId));
        payload.put("other", List.of(otherId));
        payload.put("name", names);
        payload.put("reason", List.of(reason == null ? "" : reason));
        String who = user == null || user.isBlank() ? "unknown" : user.strip();
        Instant at = clock.instant();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_decision (kind, payload, user_name, decided_at)"
                + " VALUES (?, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, kind);
            ps.setString(2, encode(payload));
            ps.setString(3, who);
            ps.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keysRs = ps.getGeneratedKeys()) {
                keysRs.next();
                return new EntityDecision(keysRs.getLong(1), kind, entityId, otherId, names, reason == null ? "" : reason,
                        who, at);
            }
        }
    }

    private static List<EntityDecision> readLog(Connection c) throws SQLException {
        List<EntityDecision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, payload, user_name, decided_at FROM user_decision"
                + " WHERE kind IN (?, ?) ORDER BY id")) {
            ps.setString(1, EntityDecision.MERGE);
            ps.setString(2, EntityDecision.SPLIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, List<String>> p = decode(rs.getString(3));
                    out.add(new EntityDecision(rs.getLong(1), rs.getString(2), first(p, "entity"), first(p, "other"),
                            p.getOrDefault("name", List.of()), first(p, "reason"), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return out;
    }

    /** Payloads are lines of {@code key=value}, values URL-encoded: readable in the database, safe for any name. */
    private static String encode(Map<String, List<String>> payload) {
        StringBuilder s = new StringBuilder();
        payload.forEach((k, values) -> values.forEach(v ->
                s.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('\n')));
        return s.toString();
    }

    private static Map<String, List<String>> decode(String payload) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : payload.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>())
                        .add(URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? "" : v.getFirst();
    }

    private static List<String> namesOf(Connection c, String entityId) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT prop_value FROM statement WHERE entity_id = ?"
                + " AND prop IN ('name', 'alias', 'weakAlias', 'previousName') ORDER BY list_id, prop_value")) {
            ps.setString(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return List.copyOf(names);
    }

    private static void requireEntity(Connection c, String id) throws SQLException {
        if (!Sql.exists(c, id)) {
            throw new IllegalArgumentException("no entity " + id);
        }
    }

    private void ensureEntity(Connection c, String id, String schema, String caption) throws SQLException {
        if (Sql.exists(c, id)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity (id, schema_name, caption, created_at) VALUES (?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, schema);
            ps.setString(3, caption);
            ps.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

}
