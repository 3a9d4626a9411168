package org.sitrep.cli;

import org.sitrep.ingest.FileOutcome;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingester;
import org.sitrep.ingest.InputExpander;
import org.sitrep.lists.ListFormatException;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code sitrep demo}: a fresh workspace holding the bundled demo corpus and lists. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Build a fresh demo workspace from the bundled corpus and lists, then serve the web app on it.",
                "Corpus: demo/corpus; lists: demo/lists. The workspace is rebuilt on every run."})
final class DemoCommand implements Callable<Integer> {

    /** Marks a folder as a demo workspace, so that re-running the demo may wipe it and nothing else. */
    static final String MARKER = ".sitrep-demo";

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            description = "Where to build the demo workspace (default: ~/.sitrep/demo). It is rebuilt on every run.")
    Path folder;

    @Option(names = "--demo-dir", paramLabel = "DIR", hidden = true,
            description = "Folder holding corpus/ and lists/ (default: the demo folder of the Sitrep checkout).")
    Path demoDir;

    @Option(names = "--no-serve", description = "Build the workspace and stop, without serving the web app.")
    boolean noServe;

    @Mixin
    ServeOptions serveOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path demo = demoDir != null ? demoDir : Path.of(System.getProperty("sitrep.home", ".")).resolve("demo");
        Path corpus = demo.resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("the demo corpus is missing: " + corpus.toAbsolutePath());
        }
        Path dir = folder != null ? folder : Path.of(System.getProperty("user.home"), ".sitrep", "demo");
        recreate(dir);
        Workspace workspace = new Workspace(dir, null);
        try (EvidenceStore store = workspace.openStore();
             SearchIndex index = SearchIndex.open(workspace.indexFolder())) {
            out.println("Building the demo workspace in " + dir.toAbsolutePath());
            List<Path> files = new InputExpander().expand(List.of(corpus.toString())).files();
            IngestReport report = new Ingester(store, IngestOptions.defaults()).ingest(files, IngestListener.NONE);
            out.printf("Corpus: %d file(s) -> %d article(s), %d document(s)%n",
                    report.count(FileOutcome.Status.INGESTED), report.articles(), report.newDocuments());
            index.sync(store);
            for (FileOutcome failure : report.failures()) {
                spec.commandLine().getErr().println("sitrep: " + failure.message());
            }
            boolean listsOk = importLists(store, demo.resolve("lists"), out);
            new KnowledgeBase(store).syncLists();
            out.println("Extracting entities, events, relations and claims (loading language models)...");
            out.flush();
            out.printf("Extracted: %d document(s)%n", Extraction.run(store, workspace, false, spec.commandLine().getErr()));
            out.println();
            StatusCommand.print(out, workspace, store.url(), store.status(), false);
            out.println();
            out.println("Also: ./sitrep documents -w " + dir + "    (the articles, titles and dates)");
            out.println("      ./sitrep search -w " + dir + " Haswani    (full-text search)");
            if (!report.ok() || !listsOk) {
                return ExitCodes.FAILED;
            }
            return noServe ? ExitCodes.OK : Serving.serve(store, workspace, index, serveOptions.settings(), out);
        }
    }

    /** Loads every list file under {@code dir}; tells whether all of them loaded. */
    private boolean importLists(EvidenceStore store, Path dir, PrintWriter out) {
        ListReader reader = new ListReader();
        ListStore lists = new ListStore(store);
        boolean ok = true;
        try {
            for (Path path : reader.find(dir)) {
                try {
                    ListSnapshot snapshot = reader.read(path);
                    lists.load(snapshot);
                    out.printf("List:   %s (%s) -> %d entities from %s%n", snapshot.listId(), snapshot.format(),
                            snapshot.entities().size(), dir.relativize(path));
                } catch (ListFormatException e) {
                    spec.commandLine().getErr().println("sitrep: " + e.getMessage());
                    ok = false;
                }
            }
        } catch (ListFormatException e) {
            spec.commandLine().getErr().println("sitrep: " + e.getMessage());
            ok = false;
        }
        return ok;
    }

    private static void recreate(Path dir) {
        try {
            if (Files.exists(dir)) {
                boolean empty;
                try (Stream<Path> s = Files.list(dir)) {
                    empty = s.findAny().isEmpty();
                }
                if (!empty && !Files.exists(dir.resolve(MARKER))) {
                    throw new IllegalStateException(dir + " exists and is not a demo workspace; choose another --workspace");
                }
                Figures.deleteTree(dir);
            }
            Files.createDirectories(dir);
            Files.createFile(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo workspace " + dir + ": " + e.getMessage(), e);
        }
    }
}
