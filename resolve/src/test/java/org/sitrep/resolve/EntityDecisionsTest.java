package org.sitrep.resolve;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Modality;
import org.sitrep.extract.Relation;
import org.sitrep.extract.RelationType;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityDecisionsTest {

    @TempDir
    Path dir;

    private static final String TEXT1 = "Faysal al-Zahrani controls the oil fields. Abu Sara works for Hesco.";
    private static final String TEXT2 = "Officials said Faisal al-Zahrani fled.";

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void mergesAndSplitsAreLoggedKeepEvidenceAndSurviveReExtraction(String backend) throws Exception {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            Document doc1 = Document.of("one", DocDate.UNKNOWN, "text/plain", TEXT1);
            Document doc2 = Document.of("two", DocDate.UNKNOWN, "text/plain", TEXT2);
            ExtractionWriter writer = new ExtractionWriter(new NameKeys(), "test-extract/1");
            store.inTransaction(tx -> {
                tx.insertDocumentIfAbsent(doc1, "test", Instant.EPOCH);
                tx.insertDocumentIfAbsent(doc2, "test", Instant.EPOCH);
                return null;
            });
            extract(store, writer, doc1, doc2, false);

            String faysal = entityOf(store, "Faysal al-Zahrani");
            String faisal = entityOf(store, "Faisal al-Zahrani");
            String hesco = entityOf(store, "Hesco");
            assertThat(faysal).as("different spellings start as different entities").isNotEqualTo(faisal);
            assertThat(entityOf(store, "Abu Sara")).isEqualTo(faysal);

            EntityDecisions decisions = new EntityDecisions(store);
            EntityDecision merge = decisions.merge(faysal, faisal, "same man, two spellings", "analyst");
            assertThat(merge.kind()).isEqualTo(EntityDecision.MERGE);
            assertThat(entityOf(store, "Faisal al-Zahrani")).isEqualTo(faysal);
            assertThat(count(store, "SELECT COUNT(*) FROM entity WHERE id = '" + faisal + "'")).isZero();
            assertThat(decisions.show(faisal)).as("an id merged away shows the entity it went into")
                    .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(faysal));

            EntityDecision split = decisions.split(faysal, List.of("abu sara"), "another man", "analyst");
            String abuSara = split.otherId();
            assertThat(entityOf(store, "Abu Sara")).isEqualTo(abuSara);
            assertThat(mentionSpan(store, "Abu Sara")).as("the mention keeps its evidence")
                    .containsExactly(doc1.id(), TEXT1.indexOf("Abu Sara"), TEXT1.indexOf("Abu Sara") + 8);
            assertThat(linkEnds(store, "employment")).as("the link stated of Abu Sara follows him")
                    .containsExactly(abuSara, hesco);
            assertThat(decisions.log()).extracting(EntityDecision::kind).containsExactly("merge", "split");
            assertThat(decisions.log().getLast().reason()).isEqualTo("another man");

            assertThatThrownBy(() -> decisions.split(faysal, List.of("Nobody"), null, "analyst"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a name of");
            assertThatThrownBy(() -> decisions.merge(faysal, faysal, null, "analyst"))
                    .isInstanceOf(IllegalArgumentException.class);

            // Re-extraction rebuilds every fact of both documents, this time leading with the split-off name (so the
            // whole party first lands on the new entity); syncing lists then re-applies the decisions.
            extract(store, writer, doc1, doc2, true);
            new KnowledgeBase(store).syncLists();
            assertThat(entityOf(store, "Faisal al-Zahrani")).isEqualTo(faysal);
            assertThat(entityOf(store, "Faysal al-Zahrani")).isEqualTo(faysal);
            assertThat(entityOf(store, "Abu Sara")).isEqualTo(abuSara);
            assertThat(linkEnds(store, "employment")).containsExactly(abuSara, hesco);
            assertThat(count(store, "SELECT COUNT(*) FROM entity WHERE id = '" + faisal + "'")).isZero();
            assertThat(decisions.log()).hasSize(2);
            assertThat(decisions.show(abuSara)).hasValueSatisfying(v -> {
                assertThat(v.names()).extracting(EntityView.NameEvidence::value).containsOnly("Abu Sara");
                assertThat(v.links()).isEqualTo(1);
                assertThat(v.decisions()).extracting(EntityDecision::kind).containsExactly("split");
            });
        }
    }

    private static void extract(EvidenceStore store, ExtractionWriter writer, Document doc1, Document doc2,
                                boolean abuSaraFirst) {
        Span faysal = Span.of(TEXT1, 0, 17);
        Span abuSara = Span.of(TEXT1, TEXT1.indexOf("Abu Sara"), TEXT1.indexOf("Abu Sara") + 8);
        Span hesco = Span.of(TEXT1, TEXT1.indexOf("Hesco"), TEXT1.indexOf("Hesco") + 5);
        Span second = Span.of(TEXT1, TEXT1.indexOf("Abu Sara"), TEXT1.length());
        DocumentExtraction x1 = new DocumentExtraction(doc1.id(), 0, "one", DocDate.UNKNOWN, List.of(
                abuSaraFirst
                        ? new Entity("e1", EntityType.PERSON, "Abu Sara", List.of("Faysal al-Zahrani"),
                                List.of(faysal, abuSara), List.of())
                        : new Entity("e1", EntityType.PERSON, "Faysal al-Zahrani", List.of("Abu Sara"),
                                List.of(faysal, abuSara), List.of()),
                new Entity("e2", EntityType.COMPANY, "Hesco", List.of(), List.of(hesco), List.of())),
                List.of(), List.of(new Relation("r1", RelationType.EMPLOYMENT, "e1", "e2", Modality.ASSERTED, null, second)),
                List.of());
        int at = TEXT2.indexOf("Faisal");
        DocumentExtraction x2 = new DocumentExtraction(doc2.id(), 0, "two", DocDate.UNKNOWN, List.of(
                new Entity("e1", EntityType.PERSON, "Faisal al-Zahrani", List.of(), List.of(Span.of(TEXT2, at, at + 17)),
                        List.of())), List.of(), List.of(), List.of());
        store.inTransaction(tx -> {
            writer.write(tx, doc1.id(), x1, Instant.EPOCH);
            writer.write(tx, doc2.id(), x2, Instant.EPOCH);
            return null;
        });
    }

    private static String entityOf(EvidenceStore store, String name) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT entity_id FROM statement WHERE prop = 'name' AND prop_value = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> ids = new ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    assertThat(ids).as("entities named " + name).hasSize(1);
                    return ids.getFirst();
                }
            }
        });
    }

    private static List<Object> mentionSpan(EvidenceStore store, String name) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id, span_start, span_end FROM statement"
                    + " WHERE prop = 'name' AND prop_value = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return List.of(rs.getString(1).trim(), rs.getInt(2), rs.getInt(3));
                }
            }
        });
    }

    private static List<String> linkEnds(EvidenceStore store, String type) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT subject_id, object_id FROM link WHERE link_type = ?")) {
                ps.setString(1, type);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return List.of(rs.getString(1), rs.getString(2));
                }
            }
        });
    }

    private static long count(EvidenceStore store, String sql) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
