package org.sitrep.store;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Reads a stretch of a stored document's text by code-point offsets without holding the whole text: an evidence
 * quote from a 40 MB document costs the quote, not the document. PostgreSQL cuts it in the server ({@code substring}
 * counts characters, which are code points in a UTF-8 database); H2 streams the text and the reader skips to the
 * start, counting code points itself (H2's own {@code SUBSTRING} counts UTF-16 units, which would disagree with
 * {@link org.sitrep.model.Span} after any character outside the Basic Multilingual Plane).
 */
public final class DocumentText {

    private DocumentText() {
    }

    /**
     * The code points {@code [start, end)} of document {@code documentId}, clamped to its length; empty when the
     * document is not stored.
     */
    public static String slice(Connection c, String documentId, int start, int end) throws SQLException {
        int from = Math.max(0, start);
        int to = Math.max(from, end);
        if (to == from) {
            return "";
        }
        if (isPostgres(c)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT substring(text FROM ? FOR ?) FROM document WHERE id = ?")) {
                ps.setInt(1, from + 1);
                ps.setInt(2, to - from);
                ps.setString(3, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM document WHERE id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "";
                }
                try (Reader in = rs.getCharacterStream(1)) {
                    return in == null ? "" : cut(in, from, to);
                }
            }
        } catch (IOException e) {
            throw new SQLException("cannot read document " + documentId + ": " + e.getMessage(), e);
        }
    }

    /** Code points {@code [from, to)} of what {@code in} reads. */
    static String cut(Reader in, int from, int to) throws IOException {
        StringBuilder out = new StringBuilder(Math.min(to - from, 1 << 16) + 1);
        char[] buf = new char[8192];
        int cp = 0; // code points before the current char
        boolean pendingHigh = false;
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                char ch = buf[i];
                boolean continues = pendingHigh && Character.isLowSurrogate(ch);
                if (!continues && pendingHigh) {
                    cp++; // a lone high surrogate was a code point of its own
                }
                pendingHigh = false;
                if (continues) {
                    if (cp >= from && cp < to) {
                        out.append(ch);
                    }
                    cp++;
                    continue;
                }
                if (cp >= to) {
                    return out.toString();
                }
                if (cp >= from) {
                    out.append(ch);
                }
                if (Character.isHighSurrogate(ch)) {
                    pendingHigh = true;
                } else {
                    cp++;
                }
            }
        }
        return out.toString();
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
