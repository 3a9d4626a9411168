package org.sitrep.resolve;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Stance;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.StoredRows.at;
import static org.sitrep.resolve.StoredRows.one;
import static org.sitrep.resolve.StoredRows.rows;

/** What extraction read of claims' words is stored with its spans, on knowledge-base entities that merges move. */
class ClaimReadingsTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Medics said Rami Haddad was probably killed. A neighbour said he had fled.";
    private static final String OTHER = "Rami Hadad ran a bakery.";

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void deathsPronounsNegationsAndHedgesAreStoredAndFollowMerges(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            List<Document> docs = StoredRows.documents(store, "one", TEXT, "two", OTHER);
            Document doc = docs.get(0);
            Document other = docs.get(1);
            Span rami = at(TEXT, "Rami Haddad");
            Span he = Span.of(TEXT, TEXT.indexOf("he had"), TEXT.indexOf("he had") + 2);
            Claim killed = new Claim("c1", null, "Medics", at(TEXT, "said"), at(TEXT, "Rami Haddad was probably killed"),
                    Stance.ASSERTS, List.of(), at(TEXT, "probably"), null,
                    List.of(new Claim.Death("e1", at(TEXT, "killed"))), null);
            int second = TEXT.indexOf("said", TEXT.indexOf("neighbour"));
            Claim fled = new Claim("c2", null, "A neighbour", Span.of(TEXT, second, second + 4), at(TEXT, "he had fled"),
                    Stance.ASSERTS, List.of(), null, null, List.of(), new Claim.Reference(he, "e1"));
            ExtractionWriter writer = new ExtractionWriter(new NameKeys(), "test-extract/1");
            store.inTransaction(tx -> {
                writer.write(tx, doc.id(), new DocumentExtraction(doc.id(), 0, "one", DocDate.UNKNOWN,
                        List.of(new Entity("e1", EntityType.PERSON, "Rami Haddad", List.of(), List.of(rami, he), List.of())),
                        List.of(), List.of(), List.of(killed, fled), List.of(at(TEXT, "probably"))), Instant.EPOCH);
                writer.write(tx, other.id(), new DocumentExtraction(other.id(), 0, "two", DocDate.UNKNOWN,
                        List.of(new Entity("e1", EntityType.PERSON, "Rami Hadad", List.of(), List.of(at(OTHER, "Rami Hadad")),
                                List.of())), List.of(), List.of(), List.of()), Instant.EPOCH);
                return null;
            });
            String prefix = doc.id().substring(0, 16) + ":";
            String haddad = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Rami Haddad'");
            String hadad = one(store, "SELECT DISTINCT entity_id FROM statement WHERE prop_value = 'Rami Hadad'");
            assertThat(rows(store, "SELECT claim_id, entity_id, cue_start, cue_end FROM claim_death"))
                    .containsExactly(List.of(prefix + "c1", haddad, "" + TEXT.indexOf("killed"), "" + (TEXT.indexOf("killed") + 6)));
            assertThat(rows(store, "SELECT span_start, span_end FROM hedge"))
                    .containsExactly(List.of("" + TEXT.indexOf("probably"), "" + (TEXT.indexOf("probably") + 8)));
            assertThat(rows(store, "SELECT id, pronoun_start, pronoun_end, pronoun_entity, negation_start FROM claim ORDER BY id"))
                    .containsExactly(List.of(prefix + "c1", "null", "null", "null", "null"),
                            List.of(prefix + "c2", "" + he.start(), "" + he.end(), haddad, "null"));

            new EntityDecisions(store).merge(hadad, haddad, "one baker", "analyst");
            assertThat(one(store, "SELECT entity_id FROM claim_death")).isEqualTo(hadad);
            assertThat(one(store, "SELECT pronoun_entity FROM claim WHERE pronoun_entity IS NOT NULL")).isEqualTo(hadad);
        }
    }
}
