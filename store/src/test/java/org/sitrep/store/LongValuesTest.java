package org.sitrep.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input-sized text reaches no length limit of the schema, on both back ends (PostgreSQL's index limit included). */
class LongValuesTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void titlesCaptionsAndStatementValuesOfAnyLengthAreStored(String backend) {
        String longTitle = "Report on the convoy ".repeat(400); // 8,400 characters
        String longName = "Velmar " + "Z".repeat(6000) + " Holdings";
        String wideValue = "\u0645".repeat(3000) + " \uD83D\uDE80"; // two bytes a letter, and a four-byte emoji
        Document doc = Document.of(longTitle, DocDate.UNKNOWN, "text/plain", longName + " paid the crew.");
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            store.inTransaction(tx -> {
                tx.insertSourceFile(new SourceFile("/long.txt", "a".repeat(64), 10, "text/plain", 1), "test", NOW);
                tx.insertDocumentIfAbsent(doc, "test", NOW);
                tx.insertDocumentSource(new DocumentSource("/long.txt", 0, doc.id(), 0));
                tx.ensureEntity("e-long", "Company", longName, NOW);
                tx.insertStatements(List.of(
                        new Statement("e-long", "Company", "name", longName, "documents",
                                new Provenance.FromText(doc.id(), Span.of(doc.text(), 0, longName.length()), "t", NOW)),
                        new Statement("e-long", "Company", "notes", wideValue, "l",
                                new Provenance.FromList("l", "1", "t", NOW))));
                try (PreparedStatement ps = tx.connection().prepareStatement(
                        "INSERT INTO entity_key (name_key, entity_id) VALUES (?, ?)")) {
                    ps.setString(1, "org|" + "k".repeat(Limits.MAX_NAME * 4));
                    ps.setString(2, "e-long");
                    ps.executeUpdate();
                }
                return null;
            });
            assertThat(store.document(doc.id()).orElseThrow().title()).isEqualTo(longTitle);
            List<String> values = store.query(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT prop_value FROM statement WHERE entity_id = 'e-long' ORDER BY prop");
                     ResultSet rs = ps.executeQuery()) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            });
            assertThat(values).hasSize(2);
            assertThat(values.get(0)).startsWith("Velmar ZZZ");
            assertThat(values.get(1)).startsWith("\u0645").doesNotContain("\uFFFD");
            assertThat(values.get(1).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(Limits.MAX_INDEXED_BYTES);

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.ensureEntity("e-null", "Company", null, NOW);
                return null;
            })).as("widening kept NOT NULL").isInstanceOf(RuntimeException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void fittingCutsAtACodePoint() {
        String emoji = "\uD83D\uDE80".repeat(600); // 2,400 bytes
        String cut = Limits.fitIndexed(emoji);
        assertThat(cut.length() % 2).isZero();
        assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isEqualTo(2000);
        assertThat(Limits.fitIndexed("short")).isEqualTo("short");
    }
}
