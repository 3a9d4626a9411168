package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.ingest.FileOutcome;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingester;
import org.sitrep.ingest.InputExpander;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sitrep ingest PATH...}: reads documents into the workspace's evidence store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read documents (text, Markdown, HTML, PDF, .docx) into the workspace.",
                "Compilations are split into articles; titles and dates are read from the text.",
                "Re-running is idempotent; an interrupted run resumes where it stopped."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or globs.")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date every document with this date.")
    LocalDate date;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "50MB",
            description = "Refuse files larger than this (e.g. 500KB, 50MB). Default: ${DEFAULT-VALUE}.")
    String maxSize;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of text files when not UTF-8.")
    Charset encoding;

    @Option(names = "--no-split", description = "Keep each file as one document (do not split compilations).")
    boolean noSplit;

    @Option(names = "--no-extract", description = "Only store the documents; do not extract entities, events and claims.")
    boolean noExtract;

    @Option(names = "--json", description = "Print a machine-readable summary (one JSON object) instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputExpander.Expansion expansion = new InputExpander().expand(inputs);
        for (String missing : expansion.missing()) {
            err.println("sitrep: " + missing + ": no such file or folder");
        }
        IngestOptions options = new IngestOptions(Sizes.parse(maxSize), date, encoding, !noSplit);
        Workspace workspace = workspaceOptions.workspace();
        long started = System.nanoTime();
        IngestReport report;
        int extracted;
        List<String> extractionFailures = new ArrayList<>();
        try (EvidenceStore store = workspace.openStore();
             SearchIndex index = SearchIndex.open(workspace.indexFolder())) {
            report = run(store, options, expansion, err);
            // Every bad file is named before extraction starts, whatever extraction then meets.
            for (FileOutcome failure : report.failures()) {
                err.println("sitrep: " + failure.message());
            }
            index.sync(store);
            extracted = noExtract ? 0 : Extraction.run(store, workspace, json, err, extractionFailures);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        for (String failure : extractionFailures) {
            err.println("sitrep: " + failure);
        }
        if (json) {
            Map<String, Object> summary = summary(report, expansion, workspace, took);
            summary.put("extracted", extracted);
            summary.put("extraction_errors", extractionFailures);
            out.println(Json.line(summary));
        } else {
            out.printf("Ingested %d file(s): %d article(s), %d new document(s); %d unchanged; %d failed (%.1f s).%n",
                    report.count(FileOutcome.Status.INGESTED), report.articles(), report.newDocuments(),
                    report.count(FileOutcome.Status.UNCHANGED), report.count(FileOutcome.Status.FAILED),
                    took.toMillis() / 1000.0);
            if (extracted > 0) {
                out.printf("Extracted entities, events, relations and claims from %d document(s).%n", extracted);
            }
            out.println("Workspace: " + workspace.folder().toAbsolutePath());
        }
        return report.ok() && expansion.missing().isEmpty() && extractionFailures.isEmpty() ? ExitCodes.OK
                : ExitCodes.FAILED;
    }

    private IngestReport run(EvidenceStore store, IngestOptions options, InputExpander.Expansion expansion,
                             PrintWriter err) {
        Ingester ingester = new Ingester(store, options);
        if (json || System.console() == null || expansion.files().size() < 2) {
            return ingester.ingest(expansion.files(), IngestListener.NONE);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingesting").setUnit(" docs", 1)
                .setInitialMax(expansion.files().size()).setStyle(ProgressBarStyle.ASCII).showSpeed()
                .setUpdateIntervalMillis(200).build()) {
            return ingester.ingest(expansion.files(), new IngestListener() {
                @Override
                public void fileDone(FileOutcome outcome) {
                    bar.step();
                }
            });
        }
    }

    private static Map<String, Object> summary(IngestReport report, InputExpander.Expansion expansion,
                                               Workspace workspace, Duration took) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workspace", workspace.folder().toAbsolutePath().toString());
        m.put("files", expansion.files().size());
        m.put("ingested", report.count(FileOutcome.Status.INGESTED));
        m.put("unchanged", report.count(FileOutcome.Status.UNCHANGED));
        m.put("failed", report.count(FileOutcome.Status.FAILED));
        m.put("articles", report.articles());
        m.put("new_documents", report.newDocuments());
        m.put("seconds", took.toMillis() / 1000.0);
        m.put("errors", report.failures().stream().map(f -> Map.of("file", f.file().toString(), "message", f.message()))
                .toList());
        m.put("missing", expansion.missing());
        return m;
    }
}
