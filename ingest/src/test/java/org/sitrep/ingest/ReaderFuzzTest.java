package org.sitrep.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EvidenceStore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A seeded fuzz run over the document readers (text, HTML, Markdown, PDF, .docx) through the real ingester and an
 * embedded store: valid seed documents mutated at random (bytes flipped, cut short, spliced, NULs and invalid UTF-8
 * put in), plus the classic hostile constructions (a 5 MB single line, 100,000 nested tags, deep Markdown quotes, a
 * zip bomb, XXE and billion laughs inside .docx). Every file must end as ingested or as one failure naming it, with
 * nothing of a failed file stored, within a bound. The seed fixes the mutations (the PDF and .docx seeds carry
 * their creation time, so their mutants vary between runs).
 */
class ReaderFuzzTest {

    private static final long SEED = 20261204L;
    private static final int MUTANTS_PER_SEED = 12;
    /** A bound against hangs only, far above what any file takes. */
    private static final Duration HANG_BOUND = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private EvidenceStore store;
    private Ingester ingester;

    @BeforeEach
    void open() {
        store = EvidenceStore.embedded(dir.resolve("db"));
        ingester = new Ingester(store, IngestOptions.defaults());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static final String PROSE = "Officials in Idlib said a convoy of 14 trucks reached the town on Monday."
            + " Residents reported shelling near the market later that evening.";

    private static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.newLineAtOffset(50, 700);
                s.showText(PROSE);
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(PROSE);
            doc.getProperties().getCoreProperties().setTitle("Convoy report");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A .docx-shaped zip whose document part is {@code documentXml}, stored as {@code repeat} copies. */
    private static byte[] docxWith(String documentXml, int repeat) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] part = documentXml.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < repeat; i++) {
                zip.write(part);
            }
        }
        return bytes.toByteArray();
    }

    private static String wordXml(String doctype, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>" + body + "</w:t></w:r></w:p></w:body></w:document>";
    }

    /** The hostile constructions, by file name. */
    private static Map<String, byte[]> hostile() throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("single-line-5mb.txt", ("Convoy " + "word ".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8));
        out.put("nul-bytes.txt", ("Officials said\u0000\u0000 the convoy arrived.").getBytes(StandardCharsets.UTF_8));
        out.put("invalid-utf8.txt", new byte[] {'T', 'h', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, 'x',
                ' ', 'c', 'o', 'n', 'v', 'o', 'y', '.'});
        out.put("rtl-override.txt", ("Officials said \u202Ethe convoy arrived on Monday.\n").getBytes(StandardCharsets.UTF_8));
        out.put("nested-100k.html", ("<html><body>" + "<div>".repeat(100_000) + PROSE + "</div>".repeat(100_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        out.put("unclosed-100k.html", ("<html><body>" + "<b><i>".repeat(50_000) + PROSE).getBytes(StandardCharsets.UTF_8));
        out.put("deep-quotes.md", (">".repeat(50_000) + " " + PROSE + "\n").getBytes(StandardCharsets.UTF_8));
        out.put("deep-lists.md", ("- a\n".repeat(1) + "  ".repeat(20_000) + "- " + PROSE + "\n").getBytes(StandardCharsets.UTF_8));
        out.put("zip-bomb.docx", docxWith(" ".repeat(1 << 20), 400)); // 400 MB of spaces, compressed to well under 1 MB
        out.put("xxe.docx", docxWith(wordXml("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                PROSE + " &x;"), 1));
        out.put("billion-laughs.docx", docxWith(wordXml("<!DOCTYPE w:document [<!ENTITY a \"lol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>",
                PROSE + " &i;"), 1));
        out.put("not-a-pdf.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n%%EOF".getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** {@code seed} changed at random: bytes flipped, cut short, a slice repeated, NULs or invalid UTF-8 put in. */
    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                int from = random.nextInt(b.length);
                int to = from + random.nextInt(b.length - from);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, to);
                for (int i = 0, n = 1 + random.nextInt(50); i < n; i++) {
                    out.write(b, from, to - from);
                }
                out.write(b, to, b.length - to);
                b = out.toByteArray();
            }
            case 3 -> {
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    b[random.nextInt(b.length)] = 0;
                }
            }
            default -> {
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) (0x80 | random.nextInt(0x40));
                }
            }
        }
        return b;
    }

    @Test
    void everyHostileOrMutatedFileIsIngestedOrFailsAloneWithNothingStored() throws Exception {
        Map<String, byte[]> cases = new LinkedHashMap<>(hostile());
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("txt", (PROSE + "\n\n" + PROSE + "\n").getBytes(StandardCharsets.UTF_8));
        seeds.put("html", ("<html><head><title>Convoy</title></head><body><h1>Convoy</h1><p>" + PROSE
                + "</p><ul><li>one</li></ul></body></html>").getBytes(StandardCharsets.UTF_8));
        seeds.put("md", ("# Convoy\n\n" + PROSE + "\n\n* [link](http://x.invalid)\n\n> quoted\n").getBytes(StandardCharsets.UTF_8));
        seeds.put("pdf", pdf());
        seeds.put("docx", docx());
        Random random = new Random(SEED);
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            cases.put("seed." + seed.getKey(), seed.getValue());
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                cases.put("mutant-" + i + "." + seed.getKey(), mutate(seed.getValue(), random));
            }
        }
        Path inputs = Files.createDirectories(dir.resolve("in"));
        List<String> problems = new ArrayList<>();
        Map<String, FileOutcome.Status> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Path file = inputs.resolve(c.getKey());
            Files.write(file, c.getValue());
            FileOutcome outcome = assertTimeoutPreemptively(HANG_BOUND, () -> ingester.ingest(file), c.getKey());
            outcomes.put(c.getKey(), outcome.status());
            if (!c.getKey().contains("seed") && !c.getKey().startsWith("mutant")) {
                System.out.println("hostile " + c.getKey() + ": " + outcome.status() + " " + outcome.message());
            }
            String path = file.toAbsolutePath().normalize().toString();
            if (outcome.status() == FileOutcome.Status.FAILED) {
                if (outcome.message() == null || !outcome.message().contains(c.getKey())) {
                    problems.add(c.getKey() + ": failure does not name the file: " + outcome.message());
                }
                if (store.sourceFile(path).isPresent()) {
                    problems.add(c.getKey() + ": failed but left a source_file row");
                }
            } else if (store.sourceFile(path).isEmpty()) {
                problems.add(c.getKey() + ": " + outcome.status() + " but not stored");
            }
        }
        assertThat(problems).isEmpty();
        for (String seed : seeds.keySet()) {
            assertThat(outcomes.get("seed." + seed)).as("the unmutated " + seed).isEqualTo(FileOutcome.Status.INGESTED);
        }
        assertThat(outcomes.get("nul-bytes.txt")).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get("zip-bomb.docx")).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(outcomes.get("single-line-5mb.txt")).isEqualTo(FileOutcome.Status.INGESTED);
        assertThat(outcomes.get("nested-100k.html")).isEqualTo(FileOutcome.Status.INGESTED);
        String everything = store.documents().stream().map(d -> d.text()).reduce("", String::concat);
        assertThat(everything).as("no external entity was read").doesNotContain("root:x:0:0");
        assertThat(everything).as("no entity was expanded a billion times").doesNotContain("lollollollollol");
        System.out.println("reader fuzz (seed " + SEED + "): " + outcomes);
    }
}
