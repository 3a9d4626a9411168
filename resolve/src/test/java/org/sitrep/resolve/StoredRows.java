package org.sitrep.resolve;

import org.sitrep.model.Span;
import org.sitrep.store.EvidenceStore;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the writer stored, as text, and spans given by the words they cover: for tests of what extraction stores. */
final class StoredRows {

    private StoredRows() {
    }

    /** Stores plain-text documents {@code id, text, id, text, ...} in one transaction; returns them in order. */
    static List<org.sitrep.model.Document> documents(EvidenceStore store, String... idsAndTexts) {
        List<org.sitrep.model.Document> docs = new ArrayList<>();
        for (int i = 0; i + 1 < idsAndTexts.length; i += 2) {
            docs.add(org.sitrep.model.Document.of(idsAndTexts[i], org.sitrep.model.DocDate.UNKNOWN, "text/plain",
                    idsAndTexts[i + 1]));
        }
        store.inTransaction(tx -> {
            for (org.sitrep.model.Document d : docs) {
                tx.insertDocumentIfAbsent(d, "test", java.time.Instant.EPOCH);
            }
            return null;
        });
        return docs;
    }

    /** The span of the first {@code words} in {@code text}. */
    static Span at(String text, String words) {
        return at(text, words, 0);
    }

    /** The span of the first {@code words} in {@code text} at or after char {@code from}. */
    static Span at(String text, String words, int from) {
        int i = text.indexOf(words, from);
        return Span.of(text, i, i + words.length());
    }

    /** The one value {@code sql} selects; fails unless there is exactly one row. */
    static String one(EvidenceStore store, String sql) {
        List<List<String>> found = rows(store, sql);
        assertThat(found).as(sql).hasSize(1);
        return found.getFirst().getFirst();
    }

    /** Every row {@code sql} selects, each value trimmed, SQL null as "null". */
    static List<List<String>> rows(EvidenceStore store, String sql) {
        return store.query(c -> {
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i) == null ? "null" : rs.getString(i).trim());
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }
}
