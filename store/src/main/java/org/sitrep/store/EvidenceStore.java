package org.sitrep.store;

import org.flywaydb.core.Flyway;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evidence store: documents, their sources, and every fact drawn from them or from lists,
 * each with its provenance. Embedded H2 in a workspace folder by default; PostgreSQL by JDBC URL.
 * The same Flyway migrations build both.
 *
 * <p>Writes happen only inside {@link #inTransaction}: either all of a unit of work lands, or none of it.
 */
public final class EvidenceStore implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection keepAlive;
    private final String url;

    private EvidenceStore(DataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.url = url;
        try {
            // Holding one connection open keeps an embedded database open between transactions.
            this.keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + url + ": " + e.getMessage(), e);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
    }

    /** Opens (creating if needed) the embedded store in {@code folder}. */
    public static EvidenceStore embedded(Path folder) {
        Path db = folder.toAbsolutePath().resolve("sitrep");
        // WRITE_DELAY=0: H2 otherwise saves commits from a background thread, and a snapshot it takes is consistent
        // per table only, so a process killed with SIGKILL could keep half of a committed transaction (a file
        // recorded as ingested without its documents). Saved in the committing thread, a commit is whole or absent.
        return open("jdbc:h2:file:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";WRITE_DELAY=0", null, null);
    }

    /**
     * Opens the store at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://...}), migrating its schema.
     * User and password may be null when the URL carries them.
     */
    public static EvidenceStore open(String jdbcUrl, String user, String password) {
        return new EvidenceStore(DataSources.forUrl(jdbcUrl, user, password), jdbcUrl);
    }

    public String url() {
        return url;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new StoreTransaction(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e instanceof RuntimeException r ? r : new StoreException(e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
    }

    /** A unit of work against a {@link StoreTransaction}. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(StoreTransaction tx) throws SQLException;
    }

    /** Counts of what the store holds. */
    public StoreStatus status() {
        return query(c -> new StoreStatus(
                count(c, "SELECT COUNT(*) FROM source_file"),
                count(c, "SELECT COUNT(*) FROM document"),
                count(c, "SELECT COUNT(*) FROM (SELECT document_id FROM document_source GROUP BY document_id"
                        + " HAVING COUNT(*) > 1) d"),
                count(c, "SELECT COUNT(*) FROM (SELECT fingerprint FROM passage GROUP BY fingerprint"
                        + " HAVING COUNT(DISTINCT document_id) > 1) p"),
                count(c, "SELECT COUNT(*) FROM entity"),
                count(c, "SELECT COUNT(*) FROM statement"),
                count(c, "SELECT COUNT(*) FROM link"),
                count(c, "SELECT COUNT(*) FROM event"),
                count(c, "SELECT COUNT(*) FROM claim"),
                count(c, "SELECT COUNT(*) FROM list_snapshot WHERE active"),
                count(c, "SELECT COUNT(*) FROM list_record r JOIN list_snapshot s"
                        + " ON r.list_id = s.list_id AND r.sha256 = s.sha256 WHERE s.active")));
    }

    /** The file ingested from {@code path}, if any. */
    public Optional<SourceFile> sourceFile(String path) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT path, sha256, size_bytes, media_type, document_count FROM source_file WHERE path = ?")) {
                ps.setString(1, path);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new SourceFile(rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getString(4), rs.getInt(5))) : Optional.empty();
                }
            }
        });
    }

    /** The document with {@code id}, if stored. */
    public Optional<Document> document(String id) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, title, date_value, date_precision, date_source, media_type, text FROM document WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readDocument(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every stored document, in the order their files were ingested and their place in the file. */
    public List<Document> documents() {
        return query(c -> {
            List<Document> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT d.id, d.title, d.date_value, d.date_precision, d.date_source, d.media_type, d.text"
                            + " FROM document d JOIN (SELECT document_id, MIN(path) AS path, MIN(article_index) AS idx"
                            + " FROM document_source GROUP BY document_id) s ON s.document_id = d.id"
                            + " ORDER BY s.path, s.idx");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readDocument(rs));
                }
            }
            return out;
        });
    }

    /**
     * One page of documents, filtered and sorted in the database: a list page on a desk's workspace (tens of thousands
     * of documents) reads only the rows it shows, never their text.
     */
    public Page<DocumentRow> documentPage(DocumentQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.publisher() != null) {
            where.append(" AND d.publisher = ?");
            args.add(q.publisher());
        }
        if (q.from() != null) {
            where.append(" AND d.date_value >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND d.date_value <= ?");
            args.add(q.to());
        }
        for (String word : words(q.text())) {
            where.append(" AND (LOWER(d.title) LIKE ? ESCAPE '!' OR LOWER(d.publisher) LIKE ? ESCAPE '!')");
            String like = "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            args.add(like);
            args.add(like);
        }
        return query(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM document d" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<DocumentRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.title, d.date_value, d.date_precision,"
                    + " d.date_source, d.publisher, d.media_type, d.length_cp FROM document d" + where
                    + " ORDER BY " + q.sort().orderBy + " LIMIT ? OFFSET ?")) {
                bind(ps, args);
                ps.setInt(args.size() + 1, q.limit());
                ps.setInt(args.size() + 2, q.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate day = rs.getObject(3, LocalDate.class);
                        DocDate date = day == null ? DocDate.UNKNOWN : new DocDate(day,
                                DocDate.Precision.parse(rs.getString(4)), DocDate.Source.parse(rs.getString(5)));
                        rows.add(new DocumentRow(rs.getString(1).trim(), rs.getString(2), date, rs.getString(6),
                                rs.getString(7), rs.getInt(8)));
                    }
                }
            }
            return new Page<>(rows, total, q.limit(), q.offset());
        });
    }

    /** Every publisher named by a stored document, with its number of documents, most prolific first. */
    public List<PublisherCount> publishers() {
        return query(c -> {
            List<PublisherCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT publisher, COUNT(*) AS n FROM document"
                    + " WHERE publisher IS NOT NULL GROUP BY publisher ORDER BY n DESC, publisher");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PublisherCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        });
    }

    /**
     * Every party with each name it goes by (the caption included) and its number of links: what a name box offers
     * as the reader types. One row per party and distinct name.
     */
    public List<PartyName> partyNames() {
        return query(c -> {
            List<PartyName> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.schema_name, e.caption, n.name,"
                    + " COALESCE(k.n, 0) FROM entity e"
                    + " JOIN (SELECT id AS entity_id, caption AS name FROM entity UNION SELECT entity_id, prop_value"
                    + " FROM statement WHERE prop IN ('name', 'alias', 'weakAlias', 'previousName')) n"
                    + " ON n.entity_id = e.id"
                    + " LEFT JOIN (SELECT party, COUNT(*) AS n FROM (SELECT subject_id AS party FROM link"
                    + " UNION ALL SELECT object_id FROM link) l GROUP BY party) k ON k.party = e.id"
                    + " ORDER BY e.id, n.name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PartyName(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** The lower-cased words of a free-text filter (none for null or blank). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    /** The ids of every stored document. */
    public java.util.Set<String> documentIds() {
        return query(c -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1).trim());
                }
            }
            return ids;
        });
    }

    /** The documents read from the file stored under {@code path}, in their order in it. */
    public List<String> documentsFrom(String path) {
        return query(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT document_id FROM document_source WHERE path = ? ORDER BY article_index")) {
                ps.setString(1, path);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1).trim());
                    }
                }
            }
            return out;
        });
    }

    /** Every place the document was found. */
    public List<DocumentSource> sourcesOf(String documentId) {
        return query(c -> {
            List<DocumentSource> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT path, article_index, document_id, offset_cp"
                    + " FROM document_source WHERE document_id = ? ORDER BY path, article_index")) {
                ps.setString(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DocumentSource(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4)));
                    }
                }
            }
            return out;
        });
    }

    /** Passages (paragraphs) that occur in more than one document, with each place they occur. */
    public List<RepeatedPassage> repeatedPassages() {
        return query(c -> {
            List<RepeatedPassage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.fingerprint, p.document_id, p.start_cp, p.end_cp"
                    + " FROM passage p JOIN (SELECT fingerprint FROM passage GROUP BY fingerprint"
                    + " HAVING COUNT(DISTINCT document_id) > 1) r ON r.fingerprint = p.fingerprint"
                    + " ORDER BY p.fingerprint, p.document_id, p.start_cp");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RepeatedPassage(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            return out;
        });
    }

    /** Runs a read-only query on a connection of its own. */
    public <T> T query(Query<T> query) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return query.run(connection);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    /** A read against a connection. */
    @FunctionalInterface
    public interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Document readDocument(ResultSet rs) throws SQLException {
        LocalDate day = rs.getObject(3, LocalDate.class);
        DocDate date = day == null ? DocDate.UNKNOWN
                : new DocDate(day, DocDate.Precision.parse(rs.getString(4)), DocDate.Source.parse(rs.getString(5)));
        return new Document(rs.getString(1).trim(), rs.getString(2), date, rs.getString(6), rs.getString(7));
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            throw new StoreException("closing the store failed: " + e.getMessage(), e);
        }
    }
}
