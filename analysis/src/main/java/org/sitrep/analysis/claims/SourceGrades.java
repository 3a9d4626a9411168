package org.sitrep.analysis.claims;

import org.sitrep.store.EvidenceStore;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishers and their reliability grades. Grades are user decisions (table {@code user_decision}, kind
 * {@value #KIND}), an audit log that re-ingestion and re-extraction never touch; the latest decision per publisher wins.
 */
public final class SourceGrades {

    /** The user_decision kind of a reliability grade. */
    public static final String KIND = "source-reliability";

    private final EvidenceStore store;
    private final Clock clock;

    public SourceGrades(EvidenceStore store) {
        this(store, Clock.systemUTC());
    }

    public SourceGrades(EvidenceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every publisher named by a stored document or graded by a user, by name. */
    public List<SourceProfile> list() {
        return store.query(c -> {
            Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT publisher, COUNT(*) FROM document WHERE publisher IS NOT NULL GROUP BY publisher");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                }
            }
            Map<String, Decision> grades = decisions(c);
            for (String graded : grades.keySet()) {
                counts.putIfAbsent(graded, 0);
            }
            List<SourceProfile> out = new ArrayList<>();
            counts.forEach((publisher, n) -> {
                Decision d = grades.get(publisher.toLowerCase(Locale.ROOT));
                out.add(d == null ? new SourceProfile(publisher, n, Reliability.F, null, null)
                        : new SourceProfile(publisher, n, d.grade, d.user, d.at));
            });
            return out;
        });
    }

    /** The grade of each publisher (lower-cased name), for those a user graded. */
    public Map<String, Reliability> grades() {
        return store.query(c -> {
            Map<String, Reliability> out = new HashMap<>();
            decisions(c).forEach((k, d) -> out.put(k, d.grade));
            return out;
        });
    }

    /**
     * Records that {@code user} grades {@code publisher} {@code grade}. The publisher must be named by a stored
     * document (ignoring case), so that a typo does not grade nobody.
     *
     * @throws IllegalArgumentException when no stored document names that publisher
     */
    public SourceProfile grade(String publisher, Reliability grade, String user) {
        String known = list().stream().map(SourceProfile::publisher)
                .filter(p -> p.equalsIgnoreCase(publisher.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document is published by '" + publisher
                        + "' (see sitrep sources list)"));
        Instant now = clock.instant();
        store.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO user_decision (kind, payload, user_name, decided_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, KIND);
                ps.setString(2, grade.name() + "\t" + known);
                ps.setString(3, user);
                ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
        return list().stream().filter(p -> p.publisher().equalsIgnoreCase(known)).findFirst().orElseThrow();
    }

    private record Decision(Reliability grade, String user, Instant at) {
    }

    private static Map<String, Decision> decisions(Connection c) throws SQLException {
        Map<String, Decision> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT payload, user_name, decided_at FROM user_decision"
                + " WHERE kind = ? ORDER BY decided_at, id")) {
            ps.setString(1, KIND);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] parts = rs.getString(1).split("\t", 2);
                    if (parts.length == 2) {
                        OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
                        out.put(parts[1].toLowerCase(Locale.ROOT), new Decision(Reliability.parse(parts[0]),
                                rs.getString(2), at == null ? null : at.toInstant()));
                    }
                }
            }
        }
        return out;
    }
}
