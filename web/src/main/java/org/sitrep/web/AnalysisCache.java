package org.sitrep.web;

import org.sitrep.store.EvidenceStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whole-workspace analyses (incidents, claims assessment) take about a second on the demo corpus; pages need them in
 * well under that. Each answer is kept until the workspace changes: the key is what the store holds (its counts)
 * plus the user decisions (merges, reliability grades), so an upload, an extraction or a new grade recomputes it.
 * Counting a large store takes time too, so the key is read again at most every {@value #RECHECK_MS} ms, and at once
 * after a write through this app ({@link #changed()}).
 */
final class AnalysisCache {

    private record Entry(String key, Object value) {
    }

    static final long RECHECK_MS = 2000;

    private final EvidenceStore store;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile String version;
    private volatile long versionReadAt;

    AnalysisCache(EvidenceStore store) {
        this.store = store;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String name, Supplier<T> compute) {
        String key = version();
        Entry e = entries.get(name);
        if (e != null && e.key().equals(key)) {
            return (T) e.value();
        }
        T value = compute.get();
        entries.put(name, new Entry(key, value));
        return value;
    }

    /** Forget the remembered key: the app has just written to the store. */
    void changed() {
        version = null;
    }

    private String version() {
        long now = System.currentTimeMillis();
        String v = version;
        if (v == null || now - versionReadAt > RECHECK_MS) {
            v = readVersion();
            version = v;
            versionReadAt = now;
        }
        return v;
    }

    /** What the workspace holds, as a string that changes whenever anything the analyses read changes. */
    private String readVersion() {
        long decisions = store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MAX(id) FROM user_decision");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) * 1_000_003L + rs.getLong(2);
            }
        });
        return store.status() + "/" + decisions;
    }
}
