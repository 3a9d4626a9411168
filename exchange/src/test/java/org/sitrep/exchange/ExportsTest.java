package org.sitrep.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListStore;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Link;
import org.sitrep.model.Provenance;
import org.sitrep.model.Span;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.SourceFile;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TEXT = "Hesco is owned by George Haswani. Air strikes on Tal Rifaat killed at least 23 civilians.";

    @TempDir
    Path dir;

    EvidenceStore store;

    @BeforeEach
    void build() throws Exception {
        store = EvidenceStore.embedded(dir);
        ListStore lists = new ListStore(store);
        for (var snapshot : new ListReader().readAll(Path.of(System.getProperty("sitrep.home", "..")).resolve("demo/lists"))) {
            lists.load(snapshot);
        }
        new KnowledgeBase(store).syncLists();
        Document doc = Document.of("Report", DocDate.fromText(LocalDate.of(2016, 2, 5), DocDate.Precision.DAY), "text/plain", TEXT);
        String haswani = KnowledgeBase.listedEntityId("us-ofac-sdn", "18996");
        String hesco = KnowledgeBase.listedEntityId("us-ofac-sdn", "18997");
        store.inTransaction(tx -> {
            tx.insertSourceFile(new SourceFile("/r.txt", "0".repeat(64), 1, "text/plain", 1), "test", NOW);
            tx.insertDocumentIfAbsent(doc, "test", NOW);
            tx.insertDocumentSource(new DocumentSource("/r.txt", 0, doc.id(), 0));
            tx.insertLinks(List.of(new Link("t1", "ownership", haswani, hesco, "asserted", null,
                    new Provenance.FromText(doc.id(), Span.of(TEXT, 0, 32), "test", NOW))));
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO event (id, document_id, event_type,"
                    + " sub_event_type, date_value, date_precision, location_name, country, latitude, longitude,"
                    + " location_precision, fatalities_low, fatalities_best, fatalities_high, modality, span_start, span_end,"
                    + " origin, recorded_at) VALUES ('v1', ?, 'Explosions/Remote violence', 'Air/drone strike', ?, 'day',"
                    + " 'Tall Rif''at', 'SY', 36.47, 37.09, 'town', 23, 23, NULL, 'asserted', 34, 89, 'test', ?)")) {
                ps.setString(1, doc.id());
                ps.setObject(2, LocalDate.of(2016, 2, 4));
                ps.setObject(3, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ftmExportIsReadableByTheFtmModel() throws Exception {
        StringWriter out = new StringWriter();
        FtmExport.Counts counts = new FtmExport().write(store, out);
        assertThat(counts.entities()).isGreaterThan(50);
        assertThat(counts.relationships()).isGreaterThan(0);
        Model model = Model.loadDefault();
        ObjectMapper json = new ObjectMapper();
        int ownerships = 0;
        int sanctions = 0;
        for (String line : out.toString().split("\n")) {
            JsonNode node = json.readTree(line);
            ValueEntity entity = ValueEntity.fromJson(model, node);
            assertThat(entity.getSchema()).isNotNull();
            if (node.at("/properties/summary/0").asText().equals("Hesco is owned by George Haswani")) {
                ownerships++;
                // The OFAC record makes Hesco an Organization; owned, it is written as a Company (an Asset) so the
                // link is a proper Ownership.
                assertThat(entity.getSchema().getName()).isEqualTo("Ownership");
                assertThat(node.at("/properties/asset/0").asText())
                        .isEqualTo(KnowledgeBase.listedEntityId("us-ofac-sdn", "18997"));
            }
            if (node.get("id").asText().equals(KnowledgeBase.listedEntityId("us-ofac-sdn", "18997"))) {
                assertThat(entity.getSchema().getName()).isEqualTo("Company");
            }
            if (entity.getSchema().getName().equals("Sanction")) {
                sanctions++;
            }
        }
        assertThat(ownerships).isEqualTo(1);
        assertThat(sanctions).isGreaterThan(40);
    }

    @Test
    void acledCsvHasTheEventWithItsEvidence() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(new AcledCsvExport().write(store, out)).isEqualTo(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString())).getRecords();
        CSVRecord row = rows.getFirst();
        assertThat(row.get("event_date")).isEqualTo("2016-02-04");
        assertThat(row.get("sub_event_type")).isEqualTo("Air/drone strike");
        assertThat(row.get("fatalities")).isEqualTo("23");
        assertThat(row.get("geo_precision")).isEqualTo("1");
        assertThat(row.get("notes")).isEqualTo("Air strikes on Tal Rifaat killed at least 23 civilians.");
    }

    @Test
    void graphMlIsWellFormedWithEveryLink() throws Exception {
        StringWriter out = new StringWriter();
        GraphMlExport.Counts counts = new GraphMlExport().write(store, out);
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("edge").getLength()).isEqualTo(counts.edges());
        assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(counts.nodes());
        assertThat(out.toString()).contains("HESCO ENGINEERING &amp; CONSTRUCTION CO");
    }
}
