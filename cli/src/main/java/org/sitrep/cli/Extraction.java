package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.resolve.ListGazetteer;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs extraction over the documents of a workspace that have not been through it yet, as ingest and demo do. */
final class Extraction {

    private Extraction() {
    }

    /** Where a workspace keeps its users' own gazetteer files ({@code *.tsv}: type, name, aliases). */
    static Path gazetteerFolder(Workspace workspace) {
        return workspace.folder().resolve("gazetteer");
    }

    /**
     * The extractor with the bundled gazetteer plus the workspace's own gazetteer files, the geocoder, and a tagger
     * that also knows the names of the parties on the workspace's lists. Loading its models takes a while; build it
     * once.
     *
     * @throws IllegalArgumentException naming file and line when a gazetteer file is malformed
     */
    static Extractor standard(EvidenceStore store, Workspace workspace) {
        Gazetteer gazetteer = Gazetteer.bundled();
        Path folder = gazetteerFolder(workspace);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                    gazetteer.addFile(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the gazetteer folder " + folder, e);
            }
        }
        return builder(gazetteer, new ListStore(store).activeLists()).build();
    }

    /**
     * An extractor with {@code gazetteer} and the geocoder, whose tagger also knows the names of the parties on
     * {@code lists}.
     */
    static Extractor.Builder builder(Gazetteer gazetteer, List<ListSnapshot> lists) {
        return Extractor.builder().gazetteer(gazetteer).places(GeocoderPlaceResolver.bundled())
                .knownNames(ListGazetteer.names(lists, gazetteer));
    }

    /** Extracts every pending document into the knowledge base; a progress bar on a terminal unless quiet. */
    static int run(EvidenceStore store, Workspace workspace, boolean quiet, PrintWriter err) {
        List<String> failures = new java.util.ArrayList<>();
        int done = run(store, workspace, quiet, err, failures);
        failures.forEach(f -> err.println("sitrep: " + f));
        return done;
    }

    /** Extracts every pending document for the web app, which shows {@code progress} on its upload page. */
    static int run(EvidenceStore store, Workspace workspace, org.sitrep.web.WebApp.Extraction.Progress progress) {
        KnowledgeBase kb = new KnowledgeBase(store);
        long pending = kb.pendingExtraction();
        progress.started(pending);
        if (pending == 0) {
            return 0;
        }
        return kb.extractAll(standard(store, workspace), progress::documentDone,
                f -> progress.documentFailed(f.documentId(), f.message()));
    }

    /**
     * As {@link #run(EvidenceStore, Workspace, boolean, PrintWriter)}; a document that cannot be extracted is added
     * to {@code failures} (naming the files it came from) and the others carry on.
     */
    static int run(EvidenceStore store, Workspace workspace, boolean quiet, PrintWriter err, List<String> failures) {
        KnowledgeBase kb = new KnowledgeBase(store);
        long pending = kb.pendingExtraction();
        if (pending == 0) {
            return 0;
        }
        Extractor extractor = standard(store, workspace);
        java.util.function.Consumer<KnowledgeBase.ExtractionFailure> failed = f -> failures.add(
                store.sourcesOf(f.documentId()).stream().map(s -> s.path()).distinct()
                        .collect(java.util.stream.Collectors.joining(", ")) + ": " + f.message());
        if (quiet || System.console() == null) {
            return kb.extractAll(extractor, id -> { }, failed);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Extracting").setUnit(" docs", 1)
                .setInitialMax(pending).setStyle(ProgressBarStyle.ASCII).showSpeed().build()) {
            return kb.extractAll(extractor, id -> bar.step(), failed);
        }
    }
}
