package org.sitrep.graph;

import org.sitrep.model.Link;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.SourceFile;
import org.sitrep.store.TestStores;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkGraphTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TEXT = "The plant was built by Stroytransgaz through its subcontractor Hesco. "
            + "Hesco is owned by George Haswani. Haswani brokered oil deals for Islamic State, the Treasury said.";

    @TempDir
    Path dir;

    /** contractor -> subcontractor -> owner (designated) -> armed group, plus a designated neighbour of the group. */
    private static Document build(EvidenceStore store) {
        Document doc = Document.of("Gas plant", DocDate.UNKNOWN, "text/plain", TEXT);
        store.inTransaction(tx -> {
            tx.insertSourceFile(new SourceFile("/r.txt", "0".repeat(64), 1, "text/plain", 1), "test", NOW);
            tx.insertDocumentIfAbsent(doc, "test", NOW);
            tx.insertDocumentSource(new DocumentSource("/r.txt", 0, doc.id(), 0));
            tx.ensureEntity("stg", "Company", "Stroytransgaz", NOW);
            tx.ensureEntity("hesco", "Company", "Hesco", NOW);
            tx.ensureEntity("haswani", "Person", "George Haswani", NOW);
            tx.ensureEntity("isis", "Organization", "Islamic State", NOW);
            tx.ensureEntity("treasury", "PublicBody", "US Treasury", NOW);
            tx.insertStatements(List.of(
                    new Statement("haswani", "Person", "name", "HASWANI, George", "us-ofac-sdn",
                            new Provenance.FromList("us-ofac-sdn", "19954", "lists/test", NOW)),
                    new Statement("isis", "Organization", "name", "ISLAMIC STATE OF IRAQ AND THE LEVANT", "us-ofac-sdn",
                            new Provenance.FromList("us-ofac-sdn", "8775", "lists/test", NOW)),
                    new Statement("haswani", "Person", "name", "George Haswani", "documents",
                            new Provenance.FromText(doc.id(), span("George Haswani"), "extract/test", NOW))));
            link(tx.connection(), "l1", "subcontractor", "hesco", "stg", doc, "Stroytransgaz through its subcontractor Hesco");
            link(tx.connection(), "l2", "ownership", "haswani", "hesco", doc, "Hesco is owned by George Haswani");
            link(tx.connection(), "l3", "associate", "haswani", "isis", doc, "Haswani brokered oil deals for Islamic State");
            return null;
        });
        return doc;
    }

    private static Span span(String quote) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(quote));
        return Span.of(TEXT, start, start + quote.codePointCount(0, quote.length()));
    }

    private static void link(java.sql.Connection c, String id, String type, String subject, String object, Document doc,
                             String quote) throws java.sql.SQLException {
        Span s = span(quote);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link (id, link_type, subject_id, object_id, modality,"
                + " document_id, span_start, span_end, origin, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, type);
            ps.setString(3, subject);
            ps.setString(4, object);
            ps.setString(5, "asserted");
            ps.setString(6, doc.id());
            ps.setInt(7, s.start());
            ps.setInt(8, s.end());
            ps.setString(9, "extract/test");
            ps.setObject(10, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void tracesTheSubcontractorChainWithEvidence(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            build(store);
            LinkGraph graph = new LinkGraph(store);

            List<org.sitrep.graph.Path> paths = graph.paths("stg", "isis", 4, 10);
            assertThat(paths).singleElement().satisfies(p -> {
                assertThat(p.parties()).containsExactly("stg", "hesco", "haswani", "isis");
                assertThat(p.links()).extracting(Link::type).containsExactly("subcontractor", "ownership", "associate");
                Provenance.FromText evidence = (Provenance.FromText) p.links().get(1).evidence();
                assertThat(evidence.span().text()).isEqualTo("Hesco is owned by George Haswani");
            });
            assertThat(graph.paths("stg", "isis", 2, 10)).as("too far for two hops").isEmpty();
            assertThat(graph.paths("stg", "treasury", 6, 10)).as("not connected").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void findsDesignatedPartiesWithinReach(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            build(store);
            LinkGraph graph = new LinkGraph(store);

            List<Exposure> exposure = graph.exposure("stg", 2);
            assertThat(exposure).singleElement().satisfies(e -> {
                assertThat(e.party().caption()).isEqualTo("George Haswani");
                assertThat(e.party().designated()).isTrue();
                assertThat(e.path().hops()).isEqualTo(2);
            });
            assertThat(graph.exposure("stg", 3)).extracting(e -> e.party().id()).containsExactly("haswani", "isis");
            assertThat(graph.exposure("haswani", 0)).extracting(e -> e.path().hops()).containsExactly(0);

            assertThat(graph.neighbours("hesco")).extracting(Link::id).containsExactlyInAnyOrder("l1", "l2");
            assertThat(graph.find("haswani, george")).extracting(Party::id).containsExactly("haswani");
        }
    }

    /** A designation is a fact about a party, not a tie to every other party the same authority designated. */
    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void doesNotConnectPartiesThroughTheAuthorityThatListedThem(String backend) {
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            Document doc = build(store);
            store.inTransaction(tx -> {
                tx.ensureEntity("timchenko", "Person", "Gennady Timchenko", NOW);
                link(tx.connection(), "s1", "sanctioned_by", "haswani", "treasury", doc, "the Treasury said");
                link(tx.connection(), "s2", "sanctioned_by", "timchenko", "treasury", doc, "the Treasury said");
                return null;
            });
            LinkGraph graph = new LinkGraph(store);

            assertThat(graph.paths("haswani", "timchenko", 4, 10)).as("only the authority joins them").isEmpty();
            assertThat(graph.exposure("hesco", 3)).extracting(e -> e.party().id()).doesNotContain("timchenko");
            assertThat(graph.paths("haswani", "treasury", 2, 10)).as("the designation itself is a path")
                    .singleElement().satisfies(p -> assertThat(p.links()).extracting(Link::type).containsExactly("sanctioned_by"));
        }
    }
}
