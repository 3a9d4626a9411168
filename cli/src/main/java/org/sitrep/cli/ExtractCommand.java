package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.extract.CompilationSplitter;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.HtmlText;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.json.ExtractionJson;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.Format;
import org.sitrep.ingest.FormatDetector;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.model.DocDate;
import org.sitrep.resolve.ScreeningLinker;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep extract}: entities, events, relations and claims as JSON lines, one per document (the machine
 * contract, section 1 of the interfaces document).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, events, relations and claims; one JSON line per document on stdout.")
final class ExtractCommand implements Callable<Integer> {

    enum InputFormat { text, jsonl }

    private static final int LINKS_PER_ENTITY = 3;
    /** Screening scores below this are too weak to link a name read in running text to a listed party. */
    private static final double LINK_SCORE = 0.75;

    @Option(names = "--input-format", defaultValue = "text", paramLabel = "text|jsonl",
            description = "text: each file is one input, split if it is a compilation (an HTML page is read through its"
                    + " article text, offsets still into the page); jsonl: one {id,text,date,title} per line.")
    InputFormat format;

    @Option(names = "--doc-date", paramLabel = "YYYY-MM-DD", description = "The documents' date, anchoring relative dates.")
    String docDate;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer file(s): type<TAB>name<TAB>alias|alias.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--list", paramLabel = "PATH",
            description = "Sanctions list file or folder (format detected from content); repeatable. Its parties' names"
                    + " join the gazetteer, and entities are linked to the parties they match (entity 'links').")
    List<Path> lists = new ArrayList<>();

    @Parameters(paramLabel = "FILE", description = "Input files; none or '-' reads stdin.")
    List<String> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DocDate given = null;
        if (docDate != null) {
            try {
                given = DocDate.given(LocalDate.parse(docDate));
            } catch (DateTimeParseException e) {
                err.println("sitrep extract: --doc-date must be YYYY-MM-DD, got '" + docDate + "'");
                return ExitCodes.USAGE;
            }
        }
        Gazetteer gazetteer = Gazetteer.bundled();
        for (Path g : gazetteers) {
            try {
                gazetteer.addFile(g);
            } catch (IOException | IllegalArgumentException e) {
                err.println("sitrep extract: cannot read gazetteer " + g + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        List<ListSnapshot> snapshots = List.of();
        if (!lists.isEmpty()) {
            snapshots = ListInputs.read(lists, err);
            if (snapshots == null) {
                return ExitCodes.USAGE;
            }
        }
        Extractor.Builder builder = Extraction.builder(gazetteer, snapshots);
        if (!snapshots.isEmpty()) {
            builder.linker(new ScreeningLinker(Screener.of(snapshots, ScreeningSettings.defaults()), LINK_SCORE,
                    LINKS_PER_ENTITY));
        }
        Extractor extractor = builder.build();
        ExtractionJson json = new ExtractionJson();
        PrintWriter out = spec.commandLine().getOut();
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        boolean failed = false;
        for (String input : inputs) {
            String content;
            try {
                content = readText(input);
            } catch (IOException e) {
                err.println(input + ": cannot read: " + e.getMessage());
                failed = true;
                continue;
            } catch (BadInputException e) {
                err.println(e.getMessage());
                failed = true;
                continue;
            }
            List<InputDocument> docs = new ArrayList<>();
            String page = null;
            if (format == InputFormat.text) {
                String id = input.equals("-") ? "stdin" : Path.of(input).getFileName().toString();
                if (HtmlText.looksLikeHtml(content)) {
                    // Extract from the page's text laid over the page, so offsets point into the HTML as given.
                    page = content;
                    content = HtmlText.mask(content);
                }
                docs.addAll(SPLITTER.split(id, content, given));
            } else {
                failed |= !readJsonLines(input, content, given, docs, err);
            }
            for (InputDocument doc : docs) {
                try {
                    String source = page == null ? null : page.substring(page.offsetByCodePoints(0, doc.offset()),
                            page.offsetByCodePoints(0, doc.offset() + doc.text().codePointCount(0, doc.text().length())));
                    DocumentExtraction x = extractor.extract(doc);
                    // Streamed rather than built as one string: a huge document's line runs to hundreds of megabytes.
                    json.write(x, source, out);
                    out.println();
                    out.flush();
                } catch (RuntimeException e) {
                    err.println(doc.id() + ": extraction failed: " + e);
                    failed = true;
                }
            }
        }
        out.flush();
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /**
     * The input's text, or why it is none: binary content, a PDF or .docx (which ingest reads, not extract), bytes that
     * are not UTF-8, or nothing but white space. Each refusal names the input and, where it helps, the line. A
     * byte-order mark is dropped by the decoder: offsets count from the first real character.
     */
    private String readText(String input) throws IOException, BadInputException {
        Path name = Path.of(input.equals("-") ? "stdin" : input);
        byte[] bytes = input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
        if (format == InputFormat.text) {
            Format detected = new FormatDetector().detect(name, bytes);
            if (detected == Format.PDF || detected == Format.DOCX) {
                throw new BadInputException(name, 0, "a " + (detected == Format.PDF ? "PDF" : ".docx")
                        + " document; extract reads plain text and HTML as given (ingest it with 'sitrep ingest')");
            }
        }
        String text = new TextDecoder(null).decode(name, bytes);
        if (text.isBlank()) {
            throw new BadInputException(name, 0, "empty input: no text to extract");
        }
        return text;
    }

    private static final CompilationSplitter SPLITTER = new CompilationSplitter();

    private static boolean readJsonLines(String input, String content, DocDate given, List<InputDocument> docs,
                                         PrintWriter err) {
        boolean ok = true;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(content))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = Json.MAPPER.readTree(line);
                    String id = node.path("id").asText(input + ":" + lineNo);
                    if (!node.hasNonNull("text")) {
                        err.println(id + ": no text");
                        ok = false;
                        continue;
                    }
                    DocDate date = given;
                    if (date == null && node.hasNonNull("date")) {
                        date = DocDate.given(LocalDate.parse(node.get("date").asText()));
                    }
                    String title = node.hasNonNull("title") ? node.get("title").asText() : null;
                    String text = node.get("text").asText();
                    if (date == null) {
                        date = SPLITTER.dateOf(text); // the date the text gives for itself, if any
                    }
                    docs.add(new InputDocument(id, 0, title, text, date));
                } catch (IOException | DateTimeParseException e) {
                    err.println(input + ":" + lineNo + ": bad input line: " + e.getMessage());
                    ok = false;
                }
            }
        } catch (IOException e) {
            err.println(input + ": " + e.getMessage());
            return false;
        }
        return ok;
    }
}
