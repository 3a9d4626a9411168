package org.sitrep.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sanctions list snapshots in the evidence store ({@code list_snapshot}, {@code list_record}). Each record is kept
 * whole, as JSON, so that any fact drawn from a list can be traced to it.
 *
 * <p>Loading is atomic per list: the new snapshot and all its records are written, and only then does it replace
 * the list's active snapshot, in one transaction. If anything fails, the previous snapshot stays active. Loading
 * content already loaded (same list id and SHA-256) changes nothing. Every stored snapshot is a version of its list
 * ({@link #history}); a version that would remove more than a fifth of the active one's records is refused unless
 * shrinking is allowed, and {@link #rollback} makes the version before the active one active again.
 */
public final class ListStore {

    /** Recorded as the origin of every snapshot this class writes. */
    public static final String ORIGIN = "sitrep-lists";

    private static final int BATCH = 500;

    /** Records come back in the order of the list file: by file name, then line ({@code sdn.csv:4743}). */
    private static final Comparator<ListEntity> IN_LIST_ORDER = Comparator
            .comparing((ListEntity e) -> sourceFile(e.source()))
            .thenComparingLong(e -> sourceLine(e.source()))
            .thenComparing(ListEntity::id);

    private static String sourceFile(String source) {
        int colon = source == null ? -1 : source.lastIndexOf(':');
        return source == null ? "" : colon < 0 ? source : source.substring(0, colon);
    }

    private static long sourceLine(String source) {
        int colon = source == null ? -1 : source.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Long.parseLong(source.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private final EvidenceStore store;
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ListStore(EvidenceStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** What {@link #load} did. */
    public enum Outcome {
        /** A new snapshot was stored and made active. */
        IMPORTED,
        /** This content was already the active snapshot; nothing changed. */
        UNCHANGED,
        /** This content was stored before and is the active snapshot again. */
        REACTIVATED
    }

    /** A stored snapshot's summary. */
    public record StoredSnapshot(String listId, String sha256, String format, String sourcePath, int entityCount,
                                 boolean active, Instant importedAt) {
    }

    /** The share of a list's records an import may remove unless shrinking is allowed. */
    public static final double DEFAULT_MAX_SHRINK = 0.2;

    /**
     * Stores {@code snapshot} and makes it its list's active snapshot, in one transaction, refusing a version that
     * would remove more than {@link #DEFAULT_MAX_SHRINK} of the active version's records.
     *
     * @throws ListRefusedException when a record breaks the store's bounds or the list would shrink too far; nothing
     *                              is written then
     */
    public Outcome load(ListSnapshot snapshot) {
        return load(snapshot, false);
    }

    /**
     * As {@link #load(ListSnapshot)}; with {@code allowShrink} a version may remove any share of the records (a
     * list really cut down, or a deliberate replacement).
     */
    public Outcome load(ListSnapshot snapshot, boolean allowShrink) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<String> problems = ListChecks.problems(snapshot);
        if (!problems.isEmpty()) {
            throw new ListRefusedException(snapshot.listId(), problems);
        }
        List<String> records = new ArrayList<>(snapshot.entities().size());
        for (ListEntity entity : snapshot.entities()) {
            records.add(toJson(entity));
        }
        return store.inTransaction(tx -> {
            Connection c = tx.connection();
            Boolean active = stored(c, snapshot.listId(), snapshot.sha256());
            if (Boolean.TRUE.equals(active)) {
                return Outcome.UNCHANGED;
            }
            if (!allowShrink) {
                refuseShrink(c, snapshot);
            }
            if (active == null) {
                insertSnapshot(c, snapshot);
                insertRecords(c, snapshot, records);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE list_snapshot SET active = (sha256 = ?) WHERE list_id = ?")) {
                ps.setString(1, snapshot.sha256());
                ps.setString(2, snapshot.listId());
                ps.executeUpdate();
            }
            return active == null ? Outcome.IMPORTED : Outcome.REACTIVATED;
        });
    }

    /**
     * Throws when {@code snapshot} would drop more than {@link #DEFAULT_MAX_SHRINK} of the records (by id) of its
     * list's active version: a one-row file must not silently replace a whole list.
     */
    private static void refuseShrink(Connection c, ListSnapshot snapshot) throws SQLException {
        java.util.Set<String> activeIds = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.record_id FROM list_record r JOIN list_snapshot s"
                + " ON r.list_id = s.list_id AND r.sha256 = s.sha256 WHERE s.active AND s.list_id = ?")) {
            ps.setString(1, snapshot.listId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    activeIds.add(rs.getString(1));
                }
            }
        }
        if (activeIds.isEmpty()) {
            return;
        }
        int oldCount = activeIds.size();
        for (ListEntity e : snapshot.entities()) {
            activeIds.remove(e.id());
        }
        int removed = activeIds.size();
        if (removed > DEFAULT_MAX_SHRINK * oldCount) {
            throw new ListShrinkRefusedException(snapshot.listId(), oldCount, snapshot.entities().size(), removed,
                    DEFAULT_MAX_SHRINK);
        }
    }

    /** The result of {@link #rollback}: the version that was active and the one active now. */
    public record Rollback(StoredSnapshot from, StoredSnapshot to) {
    }

    /**
     * Makes the version of {@code listId} imported before the active one active again, in one transaction.
     *
     * @throws IllegalArgumentException when the list is not loaded or has no earlier version
     */
    public Rollback rollback(String listId) {
        List<StoredSnapshot> versions = history(listId);
        StoredSnapshot active = versions.stream().filter(StoredSnapshot::active).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no list " + listId + " is loaded"));
        StoredSnapshot previous = versions.stream()
                .filter(v -> !v.active() && v.importedAt().isBefore(active.importedAt()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(listId + " has no version imported before the active"
                        + " one (" + active.sha256().substring(0, 12) + ")"));
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "UPDATE list_snapshot SET active = (sha256 = ?) WHERE list_id = ?")) {
                ps.setString(1, previous.sha256());
                ps.setString(2, listId);
                ps.executeUpdate();
            }
            return null;
        });
        return new Rollback(active, new StoredSnapshot(previous.listId(), previous.sha256(), previous.format(),
                previous.sourcePath(), previous.entityCount(), true, previous.importedAt()));
    }

    /** Null when not stored, else whether it is active. */
    private static Boolean stored(Connection c, String listId, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT active FROM list_snapshot WHERE list_id = ? AND sha256 = ?")) {
            ps.setString(1, listId);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBoolean(1) : null;
            }
        }
    }

    private static void insertSnapshot(Connection c, ListSnapshot snapshot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_snapshot (list_id, sha256, format,"
                + " source_path, entity_count, active, origin, imported_at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, snapshot.listId());
            ps.setString(2, snapshot.sha256());
            ps.setString(3, snapshot.format());
            ps.setString(4, snapshot.source().toAbsolutePath().toString());
            ps.setInt(5, snapshot.entities().size());
            ps.setBoolean(6, false);
            ps.setString(7, ORIGIN);
            ps.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static void insertRecords(Connection c, ListSnapshot snapshot, List<String> records) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_record (list_id, sha256, record_id,"
                + " schema_name, caption, data) VALUES (?,?,?,?,?,?)")) {
            int pending = 0;
            for (int i = 0; i < records.size(); i++) {
                ListEntity entity = snapshot.entities().get(i);
                ps.setString(1, snapshot.listId());
                ps.setString(2, snapshot.sha256());
                ps.setString(3, entity.id());
                ps.setString(4, entity.schema());
                ps.setString(5, entity.name());
                ps.setString(6, records.get(i));
                ps.addBatch();
                if (++pending == BATCH) {
                    executeBatch(ps, snapshot, i);
                    pending = 0;
                }
            }
            if (pending > 0) {
                executeBatch(ps, snapshot, records.size() - 1);
            }
        }
    }

    private static void executeBatch(PreparedStatement ps, ListSnapshot snapshot, int last) throws SQLException {
        try {
            ps.executeBatch();
        } catch (SQLException e) {
            throw new SQLException("cannot store the records of " + snapshot.listId() + " from " + snapshot.source()
                    + " (batch ending with entity " + snapshot.entities().get(last).id() + "): " + e.getMessage(), e);
        }
    }

    /** Every list's active snapshot, by list id. */
    public List<StoredSnapshot> activeSnapshots() {
        return snapshots("WHERE active ORDER BY list_id");
    }

    /** Every stored snapshot of {@code listId}, newest first. */
    public List<StoredSnapshot> history(String listId) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_SNAPSHOT
                    + " WHERE list_id = ? ORDER BY imported_at DESC")) {
                ps.setString(1, listId);
                return readSnapshots(ps);
            }
        });
    }

    private static final String SELECT_SNAPSHOT = "SELECT list_id, sha256, format, source_path, entity_count, active,"
            + " imported_at FROM list_snapshot";

    private List<StoredSnapshot> snapshots(String where) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_SNAPSHOT + " " + where)) {
                return readSnapshots(ps);
            }
        });
    }

    private static List<StoredSnapshot> readSnapshots(PreparedStatement ps) throws SQLException {
        List<StoredSnapshot> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime at = rs.getObject(7, OffsetDateTime.class);
                out.add(new StoredSnapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6), at == null ? null : at.toInstant()));
            }
        }
        return out;
    }

    /** The active snapshot of {@code listId} with all its entities, read back from the store. */
    public Optional<ListSnapshot> activeSnapshot(String listId) {
        Optional<StoredSnapshot> summary = activeSnapshots().stream().filter(s -> s.listId().equals(listId)).findFirst();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        StoredSnapshot s = summary.get();
        List<ListEntity> entities = store.query(c -> {
            List<ListEntity> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM list_record WHERE list_id = ?"
                    + " AND sha256 = ?")) {
                ps.setString(1, s.listId());
                ps.setString(2, s.sha256());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(fromJson(rs.getString(1)));
                    }
                }
            }
            out.sort(IN_LIST_ORDER);
            return out;
        });
        return Optional.of(new ListSnapshot(s.listId(), s.format(), s.sha256(), Path.of(s.sourcePath()), entities));
    }

    /** Every active list's entities, for screening against everything loaded. */
    public List<ListSnapshot> activeLists() {
        List<ListSnapshot> out = new ArrayList<>();
        for (StoredSnapshot s : activeSnapshots()) {
            activeSnapshot(s.listId()).ifPresent(out::add);
        }
        return out;
    }

    /** One entity of a list's active snapshot. */
    public Optional<ListEntity> entity(String listId, String id) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.data FROM list_record r JOIN list_snapshot s"
                    + " ON r.list_id = s.list_id AND r.sha256 = s.sha256"
                    + " WHERE s.active AND r.list_id = ? AND r.record_id = ?")) {
                ps.setString(1, listId);
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The entity as the JSON kept in {@code list_record.data}. */
    public String toJson(ListEntity entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write list entity " + entity.id() + " as JSON: " + e.getMessage(), e);
        }
    }

    private ListEntity fromJson(String data) {
        try {
            return json.readValue(data, ListEntity.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored list record is not a list entity: " + e.getOriginalMessage(), e);
        }
    }
}
