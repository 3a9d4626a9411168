package org.sitrep.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The small queries of resolution in one line each: every argument is bound as a string, every row comes back as
 * strings, trimmed because document ids are fixed-width {@code CHAR} columns.
 */
final class Sql {

    private Sql() {
    }

    static List<String[]> rows(Connection c, String sql, String... args) throws SQLException {
        List<String[]> out = new ArrayList<>();
        forEachRow(c, sql, out::add, args);
        return out;
    }

    /** Hands every row to {@code each} as it is read, for results too large to hold as a list. */
    static void forEachRow(Connection c, String sql, Consumer<String[]> each, String... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            ps.setFetchSize(10_000); // PostgreSQL streams only with a fetch size (inside a transaction)
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        String v = rs.getString(i + 1);
                        row[i] = v == null ? null : v.trim();
                    }
                    each.accept(row);
                }
            }
        }
    }

    /** The first column of the first row as a number (a {@code COUNT}). */
    static int count(Connection c, String sql, String... args) throws SQLException {
        return Integer.parseInt(rows(c, sql, args).getFirst()[0]);
    }

    static void update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            ps.executeUpdate();
        }
    }

    /** The FtM schema of an entity, or null when there is no such entity. */
    static String schemaOf(Connection c, String entityId) throws SQLException {
        List<String[]> r = rows(c, "SELECT schema_name FROM entity WHERE id = ?", entityId);
        return r.isEmpty() ? null : r.getFirst()[0];
    }

    static boolean exists(Connection c, String entityId) throws SQLException {
        return schemaOf(c, entityId) != null;
    }

    private static PreparedStatement prepare(Connection c, String sql, String... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setString(i + 1, args[i]);
        }
        return ps;
    }
}
