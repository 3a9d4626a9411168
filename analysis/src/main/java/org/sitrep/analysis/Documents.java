package org.sitrep.analysis;

import org.sitrep.model.Span;
import org.sitrep.store.DocumentText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads documents' details once per answer and cuts evidence quotes out of them. One per query: it caches each
 * document's title, date and publisher. A quote of a large document is read by its offsets ({@link DocumentText}), so
 * an answer citing a 40 MB document holds its quotes, not the document; small documents are read whole once, within a
 * fixed budget of text held.
 *
 * <p>An article of a compilation (a file holding several articles) that names no publisher of its own takes the
 * compilation's: the publisher its masthead names, read from the first line of the file's first article. When the
 * compilation names none either, its articles count as one source (the file) rather than one source each.
 */
public final class Documents {

    private record Doc(boolean stored, String title, String publisher, LocalDate date, String source, int length) {
    }

    /** Documents up to this many code points are read whole, once per answer, and their quotes cut in memory. */
    private static final int SMALL_DOCUMENT = 200_000;
    /** At most this many code points of small documents are held at once; beyond, the oldest are dropped. */
    private static final int TEXT_BUDGET = 4_000_000;

    private final Map<String, String> texts = new java.util.LinkedHashMap<>(16, 0.75f, true);
    private long textsHeld;

    /** How much of a compilation's first article is read to find its masthead line. */
    private static final int MASTHEAD_PREFIX = 4096;

    private final Connection connection;
    private final Map<String, Doc> cache = new HashMap<>();

    public Documents(Connection connection) {
        this.connection = connection;
    }

    /** The evidence for the code-point span {@code [start, end)} of document {@code documentId}. */
    public Evidence evidence(String documentId, int start, int end) throws SQLException {
        Doc d = doc(documentId);
        String quote = d.stored ? quote(documentId, d.length, start, end) : "";
        return new Evidence(documentId, d.title, d.publisher, d.date, start, end, quote, d.source);
    }

    /**
     * The quote: cut from the whole text of a small document (read once per answer, within {@link #TEXT_BUDGET}),
     * else read by its offsets alone.
     */
    private String quote(String documentId, int length, int start, int end) throws SQLException {
        if (length > SMALL_DOCUMENT) {
            return DocumentText.slice(connection, documentId, start, end);
        }
        String text = texts.get(documentId);
        if (text == null) {
            text = DocumentText.slice(connection, documentId, 0, length);
            texts.put(documentId, text);
            textsHeld += length;
            var oldest = texts.entrySet().iterator();
            while (textsHeld > TEXT_BUDGET && oldest.hasNext()) {
                var e = oldest.next();
                if (!e.getKey().equals(documentId)) {
                    textsHeld -= e.getValue().codePointCount(0, e.getValue().length());
                    oldest.remove();
                }
            }
        }
        int len = text.codePointCount(0, text.length());
        int from = Math.max(0, Math.min(start, len));
        int to = Math.max(from, Math.min(end, len));
        return Span.of(text, from, to).text();
    }

    /** Who published the document, or null. */
    public String publisher(String documentId) throws SQLException {
        return doc(documentId).publisher;
    }

    private Doc doc(String id) throws SQLException {
        Doc d = cache.get(id);
        if (d == null) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT title, publisher, date_value, length_cp FROM document WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    d = rs.next() ? new Doc(true, rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            null, rs.getInt(4)) : new Doc(false, null, null, null, null, 0);
                }
            }
            if (d.publisher == null && d.stored) {
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
        String first = null;
        String publisher = null;
        int publisherStart = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT d.id, d.publisher, d.publisher_start"
                + " FROM document_source ds JOIN document d ON d.id = ds.document_id"
                + " WHERE ds.path = ? AND ds.article_index = 0")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    first = rs.getString(1);
                    publisher = rs.getString(2);
                    publisherStart = rs.getInt(3);
                }
            }
        }
        if (publisher != null
                && onFirstLine(DocumentText.slice(connection, first, 0, MASTHEAD_PREFIX), publisherStart)) {
            return new Doc(true, d.title, publisher, d.date, null, d.length);
        }
        String name = java.nio.file.Path.of(file).getFileName() == null ? file
                : java.nio.file.Path.of(file).getFileName().toString();
        return new Doc(true, d.title, null, d.date, "compilation " + name, d.length);
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
