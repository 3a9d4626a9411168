package org.sitrep.analysis.claims;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.Documents;
import org.sitrep.analysis.Scenario;
import org.sitrep.analysis.TinyStore;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.SourceFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims tied to no incident, relation or death: accusations and denials about an entity, and lone statements. */
class EntityClaimsTest {

    @TempDir
    Path dir;

    EvidenceStore store;
    TinyStore t;

    @BeforeEach
    void build() {
        store = EvidenceStore.embedded(dir);
        new Scenario(store);
        t = new TinyStore(store);
        String accusation = t.document("Wire", LocalDate.of(2016, 2, 11), """
                Treasury names oil traders

                WASHINGTON — The Treasury accused Acme Trading of buying oil from the group.""");
        String denial = t.document("Desk", LocalDate.of(2016, 2, 22), """
                Acme denies oil deals

                A lawyer for Acme Trading denied the accusation. Nobody has ever proved anything, he added.""");
        String echo = t.document("Monitor", LocalDate.of(2016, 2, 23), """
                Traders under scrutiny

                Local sources said Acme Trading bought oil from the group for years. Bolt Ltd hired forty drivers last year.""");
        String depot = t.document("Wire", LocalDate.of(2016, 2, 24), """
                Depot opens

                Officials said Bolt Ltd opened a depot in the port.""");
        t.entity("e-acme", "Company", "Acme Trading", accusation, "Acme Trading");
        t.mention("e-acme", "Company", denial, "Acme Trading");
        t.mention("e-acme", "Company", echo, "Acme Trading");
        t.entity("e-treasury", "PublicBody", "US Treasury", accusation, "The Treasury");
        t.entity("e-bolt", "Company", "Bolt Ltd", echo, "Bolt Ltd");
        t.mention("e-bolt", "Company", depot, "Bolt Ltd");
        t.claim(accusation, "c1", "e-treasury", "The Treasury", "accused", "Acme Trading of buying oil from the group", "accuses");
        t.claim(denial, "c1", "e-acme", "A lawyer for Acme Trading", "denied", "the accusation", "denies");
        t.claim(denial, "c2", null, "he", "added", "Nobody has ever proved anything", "asserts");
        t.claim(echo, "c1", null, "Local sources", "said", "Acme Trading bought oil from the group for years", "asserts");
        t.claim(echo, "c2", null, "Local sources", "said", "Bolt Ltd hired forty drivers last year", "asserts");
        t.claim(depot, "c1", null, "Officials", "said", "Bolt Ltd opened a depot in the port", "asserts");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEntitysAccusersAndDeniersStandSideBySide() {
        Assessment acme = new ClaimsAnalysis(store).assessment("entity:e-acme").orElseThrow();
        assertThat(acme.kind()).isEqualTo(Assessment.Kind.ENTITY);
        assertThat(acme.subject()).isEqualTo("claims about Acme Trading");
        assertThat(acme.status()).isEqualTo(Status.DISPUTED);
        assertThat(acme.positions()).extracting(Position::stance).containsExactly("accuses", "denies", "asserts");
        assertThat(acme.reasons()).anyMatch(r -> r.startsWith("denied by A lawyer for Acme Trading (Desk, 2016-02-22)"));
        // The accusation is echoed by another publisher and denied: doubtful; the denial stands alone against two.
        assertThat(acme.positions().getFirst().credibility()).isEqualTo(Credibility.DOUBTFUL);
        assertThat(acme.positions().get(1).credibility()).isEqualTo(Credibility.IMPROBABLE);
    }

    @Test
    void independentSourcesCorroborateOnlyWhenTheySayAlike() {
        Assessment bolt = new ClaimsAnalysis(store).assessment("entity:e-bolt").orElseThrow();
        assertThat(bolt.positions()).hasSize(2);
        assertThat(bolt.sources()).containsExactly("Monitor", "Wire");
        assertThat(bolt.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(bolt.positions()).allMatch(p -> p.credibility() == Credibility.POSSIBLY_TRUE);
    }

    @Test
    void aClaimOpeningWithAPronounIsAboutWhomExtractionResolvedItTo() {
        String doc = t.document("Wire", LocalDate.of(2016, 3, 1), """
                Buyer named

                Port inspectors named Lev Ostrov as the buyer. A broker said he paid in cash.""");
        t.entity("e-ostrov", "Person", "Lev Ostrov", doc, "Lev Ostrov");
        String said = t.claim(doc, "c1", null, "A broker", "said", "he paid in cash", "asserts");
        t.pronoun(said, "he", "e-ostrov");
        Assessment ostrov = new ClaimsAnalysis(store).assessment("entity:e-ostrov").orElseThrow();
        assertThat(ostrov.positions()).singleElement().satisfies(p -> {
            assertThat(p.claimId()).isEqualTo(said);
            assertThat(p.evidence().quote()).isEqualTo("said he paid in cash");
        });
    }

    @Test
    void everyStoredClaimAppearsInSomeAssessment() {
        List<Assessment> all = new ClaimsAnalysis(store).assess();
        Set<String> shown = new HashSet<>();
        all.forEach(a -> a.positions().forEach(p -> shown.add(p.claimId())));
        Set<String> stored = store.query(c -> {
            Set<String> ids = new HashSet<>();
            try (var rs = c.createStatement().executeQuery("SELECT id FROM claim")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
        assertThat(shown).containsAll(stored);
        assertThat(all).filteredOn(a -> a.kind() == Assessment.Kind.CLAIM)
                .anyMatch(a -> a.positions().getFirst().evidence().quote().contains("Nobody has ever proved anything"));
    }

    @Test
    void articlesOfACompilationInheritItsMastheadOrCountAsOneSource() {
        String first = t.document(null, LocalDate.of(2016, 2, 1), "Levant Monitor — weekly digest\n\nTruce talk\n\nText one.");
        String second = t.document(null, LocalDate.of(2016, 2, 2), "Second story\n\nText two.");
        String third = t.document(null, LocalDate.of(2016, 2, 3), "Third story\n\nText three.");
        String fourth = t.document(null, LocalDate.of(2016, 2, 4), "Fourth story\n\nText four.");
        String alone = t.document(null, LocalDate.of(2016, 2, 5), "Lone story\n\nText five.");
        store.inTransaction(tx -> {
            tx.connection().createStatement().executeUpdate("UPDATE document SET publisher = 'Levant Monitor',"
                    + " publisher_start = 0, publisher_end = 14 WHERE id = '" + first + "'");
            tx.insertSourceFile(new SourceFile("/in/monitor-digest.txt", "a".repeat(64), 10, "text/plain", 2), "test", TinyStore.NOW);
            tx.insertDocumentSource(new DocumentSource("/in/monitor-digest.txt", 0, first, 0));
            tx.insertDocumentSource(new DocumentSource("/in/monitor-digest.txt", 1, second, 50));
            tx.insertSourceFile(new SourceFile("/in/pasted.txt", "b".repeat(64), 10, "text/plain", 2), "test", TinyStore.NOW);
            tx.insertDocumentSource(new DocumentSource("/in/pasted.txt", 0, third, 0));
            tx.insertDocumentSource(new DocumentSource("/in/pasted.txt", 1, fourth, 40));
            tx.insertSourceFile(new SourceFile("/in/lone.txt", "c".repeat(64), 10, "text/plain", 1), "test", TinyStore.NOW);
            tx.insertDocumentSource(new DocumentSource("/in/lone.txt", 0, alone, 0));
            return null;
        });
        store.query(c -> {
            Documents docs = new Documents(c);
            assertThat(docs.evidence(second, 0, 6).publisher()).isEqualTo("Levant Monitor");
            assertThat(docs.evidence(third, 0, 5).publisher()).isNull();
            assertThat(docs.evidence(third, 0, 5).sourceKey()).isEqualTo("compilation pasted.txt")
                    .isEqualTo(docs.evidence(fourth, 0, 5).sourceKey());
            assertThat(docs.evidence(alone, 0, 5).sourceKey()).startsWith("document ");
            return null;
        });
    }
}
