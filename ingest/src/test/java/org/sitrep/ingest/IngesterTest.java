package org.sitrep.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.store.DocumentSource;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.TestStores;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngesterTest {

    static final String REPORT = "Shelling hits market in Douma\n\nDOUMA, March 3, 2016 (Sitrep Wire) — Shells struck"
            + " a crowded market on Thursday, killing at least seven people, a local medic said.\n\n"
            + "The medic said rescue teams were still searching the rubble in the evening and that the toll could rise.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private List<Path> inputs() {
        return new InputExpander().expand(List.of(dir.resolve("in").toString())).files();
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void readsEveryFormatAndIsIdempotent(String backend) throws IOException {
        write("report.txt", REPORT);
        write("report.md", "# Convoy reaches Madaya\n\n*Published: 2016-01-11*\n\nA convoy of **44 trucks** entered"
                + " the besieged town on Monday, aid agencies said.\n\n## Background\n\nThe town had been cut off since July.\n");
        write("page.html", """
                <!doctype html><html><head><title>Site | Strike on clinic</title>
                <meta property="article:published_time" content="2016-02-15T08:00:00Z">
                <style>body{color:red}</style><script>alert('x')</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Strike on clinic in Idlib</h1><p>Jets struck a clinic on <b>Monday</b>, a monitor said.</p>
                <p>Eleven people were killed.</p><script>document.write('injected')</script></article>
                <footer>Copyright Example News</footer></body></html>""");
        write("brief.pdf", pdf("Briefing on detonators", "Detonators made in 2014 were recovered near Mosul."));
        write("memo.docx", docx("Memo on cables", "Cables from a Turkish maker reached Kobane within months."));

        try (EvidenceStore store = TestStores.open(backend, dir.resolve("ws"))) {
            Ingester ingester = new Ingester(store, IngestOptions.defaults());
            IngestReport first = ingester.ingest(inputs(), IngestListener.NONE);
            assertThat(first.failures()).isEmpty();
            assertThat(first.count(FileOutcome.Status.INGESTED)).isEqualTo(5);

            List<Document> docs = store.documents();
            assertThat(docs).hasSize(5);
            Document html = byMediaType(docs, "text/html");
            assertThat(html.title()).isEqualTo("Strike on clinic in Idlib");
            assertThat(html.text()).contains("Jets struck a clinic on Monday, a monitor said.")
                    .contains("Eleven people were killed.")
                    .doesNotContain("alert", "injected", "Home", "Copyright", "color:red");
            assertThat(html.date().isoValue()).isEqualTo("2016-02-15");
            Document md = byMediaType(docs, "text/markdown");
            assertThat(md.title()).isEqualTo("Convoy reaches Madaya");
            assertThat(md.text()).contains("A convoy of 44 trucks entered").doesNotContain("**", "##");
            assertThat(md.date().isoValue()).isEqualTo("2016-01-11");
            Document txt = byMediaType(docs, "text/plain");
            assertThat(txt.title()).isEqualTo("Shelling hits market in Douma");
            assertThat(txt.date()).isEqualTo(DocDate.fromText(LocalDate.of(2016, 3, 3), DocDate.Precision.DAY));
            assertThat(txt.text()).isEqualTo(REPORT.strip());
            assertThat(byMediaType(docs, "application/pdf").text()).contains("Detonators made in 2014");
            assertThat(byMediaType(docs, "application/pdf").title()).isEqualTo("Briefing on detonators");
            assertThat(byMediaType(docs, Format.DOCX.mediaType()).text()).contains("Cables from a Turkish maker");

            var before = store.status();
            IngestReport second = ingester.ingest(inputs(), IngestListener.NONE);
            assertThat(second.count(FileOutcome.Status.UNCHANGED)).isEqualTo(5);
            assertThat(store.status()).isEqualTo(before);
        }
    }

    @Test
    void exactDuplicatesAreStoredOnceWithEverySourceAndRepeatedPassagesAreMarked() throws IOException {
        write("a/report.txt", REPORT);
        write("b/copy-of-report.txt", REPORT);
        String quoting = "Medic quotes spread\n\nA second outlet picked up the story on Friday and repeated the wire copy.\n\n"
                + "The medic said rescue teams were still searching the rubble in the evening and that the toll could rise.\n";
        write("c/other.txt", quoting);
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("ws"))) {
            IngestReport report = new Ingester(store, IngestOptions.defaults()).ingest(inputs(), IngestListener.NONE);
            assertThat(report.newDocuments()).isEqualTo(2);
            assertThat(store.documents()).hasSize(2);
            Document original = store.documents().stream().filter(d -> d.text().equals(REPORT.strip())).findFirst().orElseThrow();
            assertThat(store.sourcesOf(original.id())).extracting(DocumentSource::path)
                    .containsExactly(dir.resolve("in/a/report.txt").toString(), dir.resolve("in/b/copy-of-report.txt").toString());
            assertThat(store.repeatedPassages()).hasSize(2)
                    .allSatisfy(p -> assertThat(store.document(p.documentId()).orElseThrow().text()
                            .substring(p.start(), p.end())).startsWith("The medic said rescue teams"));
        }
    }

    @Test
    void compilationsAreSplitAndOffsetsPointIntoTheFile() throws IOException {
        String second = "Truce monitors count breaches\n\n2016-02-28\n\nMonitors counted nine breaches on the first day"
                + " of the truce, mostly small-arms fire near the front line west of the city, and said shelling stopped.\n\n"
                + "Both sides blamed each other. The monitors said they could not verify either account independently.\n";
        String file = REPORT + "\n\n" + "A".repeat(0) + IngesterTest.padding() + "\n\n" + second;
        Path path = write("digest.txt", file);
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("ws"))) {
            new Ingester(store, IngestOptions.defaults()).ingest(List.of(path), IngestListener.NONE);
            List<Document> docs = store.documents();
            assertThat(docs).extracting(Document::title)
                    .containsExactly("Shelling hits market in Douma", "Truce monitors count breaches");
            for (Document d : docs) {
                DocumentSource source = store.sourcesOf(d.id()).getFirst();
                int from = file.offsetByCodePoints(0, source.offset());
                assertThat(file.substring(from, from + d.text().length())).isEqualTo(d.text());
            }
            assertThat(docs.get(1).date().isoValue()).isEqualTo("2016-02-28");
        }
    }

    /** Body text long enough that the next headline starts a new article. */
    static String padding() {
        return "Residents said they had little food left and that the roads out of the town were closed by checkpoints.";
    }

    @Test
    void dateOptionOverridesTheText() throws IOException {
        Path path = write("report.txt", REPORT);
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("ws"))) {
            new Ingester(store, IngestOptions.defaults().withDate(LocalDate.of(2020, 1, 2)))
                    .ingest(List.of(path), IngestListener.NONE);
            assertThat(store.documents().getFirst().date()).isEqualTo(DocDate.given(LocalDate.of(2020, 1, 2)));
        }
    }

    @Test
    void badFilesAreReportedByNameAndLineWhileTheBatchGoesOn() throws IOException {
        write("0-good.txt", REPORT);
        write("empty.txt", "");
        write("blank.txt", "  \n\n  ");
        write("binary.txt", new byte[] {'a', 'b', '\n', 0, 1, 2, 3, 4});
        byte[] latin1 = "Line one is fine\nLine two is fine\nCaf\u00e9 on line three\n".getBytes(StandardCharsets.ISO_8859_1);
        write("latin1.txt", latin1);
        write("huge.txt", "x".repeat(2048));
        write("archive.zip", new byte[] {'P', 'K', 3, 4, 0, 0});
        write("broken.pdf", "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.US_ASCII));
        write("z-good.md", "# Another good one\n\nIt has a body.\n");

        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("ws"))) {
            IngestReport report = new Ingester(store, IngestOptions.defaults().withMaxBytes(1024))
                    .ingest(inputs(), IngestListener.NONE);
            assertThat(report.count(FileOutcome.Status.INGESTED)).isEqualTo(2);
            assertThat(report.failures()).extracting(f -> f.file().getFileName().toString()).containsExactlyInAnyOrder(
                    "empty.txt", "blank.txt", "binary.txt", "latin1.txt", "huge.txt", "archive.zip", "broken.pdf");
            assertThat(message(report, "empty.txt")).endsWith("empty.txt: empty file");
            assertThat(message(report, "blank.txt")).contains("no text");
            assertThat(message(report, "binary.txt")).contains("binary.txt:2: binary content");
            assertThat(message(report, "latin1.txt")).contains("latin1.txt:3: not valid UTF-8").contains("--encoding");
            assertThat(message(report, "huge.txt")).contains("over the limit");
            assertThat(message(report, "archive.zip")).contains("not a Word .docx");
            assertThat(message(report, "broken.pdf")).contains("not a readable PDF");
            assertThat(store.status().sourceFiles()).as("failed files leave nothing behind").isEqualTo(2);
        }
    }

    @Test
    void aNamedEncodingIsHonoured() throws IOException {
        Path path = write("latin1.txt", ("Caf\u00e9 owners flee\n\n" + REPORT).getBytes(StandardCharsets.ISO_8859_1));
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("ws"))) {
            IngestReport report = new Ingester(store, IngestOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1))
                    .ingest(List.of(path), IngestListener.NONE);
            assertThat(report.failures()).isEmpty();
            assertThat(store.documents().getFirst().text()).startsWith("Caf\u00e9 owners flee");
        }
    }

    @Test
    void aChangedFileReplacesItsDocuments() throws IOException {
        Path path = write("report.txt", REPORT);
        try (EvidenceStore store = EvidenceStore.embedded(dir.resolve("ws"))) {
            Ingester ingester = new Ingester(store, IngestOptions.defaults());
            ingester.ingest(List.of(path), IngestListener.NONE);
            Files.writeString(path, REPORT.replace("seven", "nine"));
            FileOutcome outcome = ingester.ingest(path);
            assertThat(outcome.status()).isEqualTo(FileOutcome.Status.INGESTED);
            assertThat(store.documents()).singleElement().satisfies(d -> assertThat(d.text()).contains("nine"));
        }
    }

    private static String message(IngestReport report, String fileName) {
        return report.failures().stream().filter(f -> f.file().getFileName().toString().equals(fileName))
                .findFirst().orElseThrow().message();
    }

    private static Document byMediaType(List<Document> docs, String mediaType) {
        return docs.stream().filter(d -> d.mediaType().equals(mediaType)).findFirst().orElseThrow();
    }

    static byte[] pdf(String title, String line) throws IOException {
        try (PDDocument doc = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String title, String line) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.createParagraph().createRun().setText(title);
            doc.createParagraph().createRun().setText(line);
            doc.write((OutputStream) out);
            return out.toByteArray();
        }
    }
}
