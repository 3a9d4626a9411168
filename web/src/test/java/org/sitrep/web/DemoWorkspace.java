package org.sitrep.web;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingester;
import org.sitrep.ingest.InputExpander;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bundled demo corpus and lists, ingested and extracted into a workspace under {@code target/}, once per JVM
 * (extraction takes most of a minute) and shared by every test class that needs a realistic knowledge base.
 * It is laid out as any workspace (usable with {@code ./sitrep -w}).
 */
final class DemoWorkspace {

    /** Where the workspace is built; a hand-run {@link DevServer} may point elsewhere so as not to lock this one. */
    private static final Path FOLDER = Path.of(System.getProperty("sitrep.web.demoWorkspace", "target/demo-workspace"));
    private static final Path DONE = FOLDER.resolve(".complete");

    private static EvidenceStore store;
    private static SearchIndex index;

    private DemoWorkspace() {
    }

    static synchronized EvidenceStore store() {
        open();
        return store;
    }

    static synchronized SearchIndex index() {
        open();
        return index;
    }

    private static void open() {
        if (store != null) {
            return;
        }
        Path demo = Path.of(System.getProperty("sitrep.home", "..")).resolve("demo");
        assumeTrue(Files.isDirectory(demo.resolve("corpus")), "the demo corpus is missing: " + demo);
        try {
            // Built afresh in every test run (extraction or schema may have changed since), unless a developer asks
            // to reuse the last complete one with -Dsitrep.web.reuseDemo=true.
            if (!Files.exists(DONE) || !Boolean.getBoolean("sitrep.web.reuseDemo")) {
                deleteTree(FOLDER);
                Files.createDirectories(FOLDER);
                build(demo);
                Files.createFile(DONE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = new Workspace(FOLDER, null).openStore();
        index = SearchIndex.open(new Workspace(FOLDER, null).indexFolder());
        index.sync(store);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            index.close();
            store.close();
        }));
    }

    private static void build(Path demo) throws IOException {
        try (EvidenceStore s = new Workspace(FOLDER, null).openStore()) {
            List<Path> files = new InputExpander().expand(List.of(demo.resolve("corpus").toString())).files();
            new Ingester(s, IngestOptions.defaults()).ingest(files, IngestListener.NONE);
            ListReader reader = new ListReader();
            ListStore lists = new ListStore(s);
            for (Path path : reader.find(demo.resolve("lists"))) {
                lists.load(reader.read(path));
            }
            KnowledgeBase kb = new KnowledgeBase(s);
            kb.syncLists();
            kb.extractAll(Extractor.builder().gazetteer(Gazetteer.bundled()).places(GeocoderPlaceResolver.bundled())
                    .build(), id -> { });
        } catch (org.sitrep.lists.ListFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes {@code dir} and all below it; nothing when it is not there. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
