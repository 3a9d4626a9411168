package org.sitrep.analysis;

import org.sitrep.model.Span;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads documents once per answer and cuts evidence quotes out of them. One per query: it caches texts.
 *
 * <p>An article of a compilation (a file holding several articles) that names no publisher of its own takes the
 * compilation's: the publisher its masthead names, read from the first line of the file's first article. When the
 * compilation names none either, its articles count as one source (the file) rather than one source each.
 */
public final class Documents {

    private record Doc(String title, String publisher, LocalDate date, String text, String source) {
    }

    private final Connection connection;
    private final Map<String, Doc> cache = new HashMap<>();

    public Documents(Connection connection) {
        this.connection = connection;
    }

    /** The evidence for the code-point span {@code [start, end)} of document {@code documentId}. */
    public Evidence evidence(String documentId, int start, int end) throws SQLException {
        Doc d = doc(documentId);
        String quote = "";
        if (d.text != null) {
            int len = d.text.codePointCount(0, d.text.length());
            int from = Math.max(0, Math.min(start, len));
            int to = Math.max(from, Math.min(end, len));
            quote = Span.of(d.text, from, to).text();
        }
        return new Evidence(documentId, d.title, d.publisher, d.date, start, end, quote, d.source);
    }

    /** Who published the document, or null. */
    public String publisher(String documentId) throws SQLException {
        return doc(documentId).publisher;
    }

    private Doc doc(String id) throws SQLException {
        Doc d = cache.get(id);
        if (d == null) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT title, publisher, date_value, text FROM document WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    d = rs.next() ? new Doc(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4), null) : new Doc(null, null, null, null, null);
                }
            }
            if (d.publisher == null && d.text != null) {
                d = fromCompilation(id, d);
            }
            cache.put(id, d);
        }
        return d;
    }

    /** The document as an article of a compilation: with the compilation's publisher, or the file as its source. */
    private Doc fromCompilation(String id, Doc d) throws SQLException {
        String file = null;
        try (PreparedStatement ps = connection.prepareStatement("SELECT ds.path FROM document_source ds"
                + " WHERE ds.document_id = ? AND (SELECT COUNT(*) FROM document_source o WHERE o.path = ds.path) > 1"
                + " ORDER BY ds.path")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    file = rs.getString(1);
                }
            }
        }
        if (file == null) {
            return d;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT d.publisher, d.publisher_start, d.text"
                + " FROM document_source ds JOIN document d ON d.id = ds.document_id"
                + " WHERE ds.path = ? AND ds.article_index = 0")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1) != null && onFirstLine(rs.getString(3), rs.getInt(2))) {
                    return new Doc(d.title, rs.getString(1), d.date, d.text, null);
                }
            }
        }
        String name = java.nio.file.Path.of(file).getFileName() == null ? file
                : java.nio.file.Path.of(file).getFileName().toString();
        return new Doc(d.title, null, d.date, d.text, "compilation " + name);
    }

    /** Whether code point {@code at} lies on the first non-blank line of {@code text}: the compilation's masthead. */
    private static boolean onFirstLine(String text, int at) {
        String lead = text.stripLeading();
        int skipped = text.codePointCount(0, text.length() - lead.length());
        int lineEnd = lead.indexOf('\n');
        int firstLine = skipped + (lineEnd < 0 ? lead.codePointCount(0, lead.length()) : lead.codePointCount(0, lineEnd));
        return at >= skipped && at < firstLine;
    }
}
