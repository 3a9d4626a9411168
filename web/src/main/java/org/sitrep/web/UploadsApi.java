package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import org.sitrep.ingest.FileOutcome;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.Ingester;
import org.sitrep.lists.ListFormatException;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListRefusedException;
import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Token-protected uploads: {@code POST /api/uploads/documents} (reports in any format ingest reads; extraction then
 * runs in the background when the app was given an extractor) and {@code POST /api/uploads/lists} (a sanctions list:
 * one file, or the files of one list such as OFAC's CSV trio). Files are multipart field {@code file}; the request
 * size is bounded by the app's settings.
 */
final class UploadsApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UploadsApi.class);
    private static final int MAX_FILES = 50;

    private final EvidenceStore store;
    private final SearchIndex index;
    private final WebApp.Extraction extraction;
    private final AnalysisCache cache;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitrep-background");
        t.setDaemon(true);
        return t;
    });

    UploadsApi(EvidenceStore store, SearchIndex index, WebApp.Extraction extraction, AnalysisCache cache) {
        this.cache = cache;
        this.store = store;
        this.index = index;
        this.extraction = extraction;
    }

    void register(Javalin app) {
        app.post("/api/uploads/documents", this::documents);
        app.post("/api/uploads/lists", this::lists);
        app.get("/api/uploads/pending", ctx -> ctx.json(Map.of("pending_extraction",
                new KnowledgeBase(store).pendingExtraction(), "extraction", extraction != null)));
    }

    private void documents(Context ctx) {
        Path dir = save(files(ctx));
        try {
            List<Path> paths;
            try (Stream<Path> s = Files.list(dir)) {
                paths = s.sorted().toList();
            }
            IngestReport report = new Ingester(store, IngestOptions.defaults()).ingest(paths, IngestListener.NONE);
            synchronized (index) {
                index.sync(store);
            }
            cache.changed();
            List<Map<String, Object>> files = new ArrayList<>();
            for (FileOutcome f : report.files()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", f.file().getFileName().toString());
                m.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
                m.put("articles", f.articles());
                m.put("new_documents", f.newDocuments());
                m.put("message", f.message());
                files.add(m);
            }
            if (extraction != null && report.newDocuments() > 0) {
                background.submit(() -> {
                    try {
                        extraction.extractPending(store);
                        cache.changed();
                    } catch (RuntimeException e) {
                        LOG.error("extraction of uploaded documents failed", e);
                    }
                });
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("files", files);
            out.put("extraction", extraction == null ? "not available here: run sitrep extract" : "started");
            ctx.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).json(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    private void lists(Context ctx) {
        List<UploadedFile> uploaded = files(ctx);
        Path dir = save(uploaded);
        try {
            ListReader reader = new ListReader();
            ListSnapshot snapshot;
            try {
                snapshot = reader.read(uploaded.size() == 1 ? dir.resolve(safeName(uploaded.get(0).filename())) : dir);
            } catch (ListFormatException e) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(),
                        e.getMessage().replace(dir.toString() + "/", ""));
            }
            ListStore.Outcome outcome;
            try {
                outcome = new ListStore(store).load(snapshot, "true".equals(ctx.queryParam("allow_shrink")));
            } catch (ListRefusedException e) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(),
                        String.join("\n", e.problems()).replace(dir.toString() + "/", ""));
            }
            new KnowledgeBase(store).syncLists();
            cache.changed();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("list", snapshot.listId());
            out.put("format", snapshot.format());
            out.put("entities", snapshot.entities().size());
            out.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
            ctx.json(out);
        } finally {
            deleteTree(dir);
        }
    }

    private static List<UploadedFile> files(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "send the files as multipart/form-data, field 'file'");
        }
        List<UploadedFile> files = ctx.uploadedFiles("file");
        if (files.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "no file in field 'file'");
        }
        if (files.size() > MAX_FILES) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "at most " + MAX_FILES + " files at once");
        }
        return files;
    }

    /** Copies the uploads into a fresh folder, under names stripped of any path. */
    private static Path save(List<UploadedFile> files) {
        try {
            Path dir = Files.createTempDirectory("sitrep-upload-");
            for (UploadedFile f : files) {
                try (InputStream in = f.content()) {
                    Files.copy(in, dir.resolve(safeName(f.filename())));
                }
            }
            return dir;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST.getCode(), "two files have the same name");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safeName(String filename) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "upload" + base;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", dir, e.getMessage());
        }
    }

    /** Runs {@code work} on the background thread (after any extraction queued before it); failures are logged. */
    void warm(Runnable work) {
        background.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("warming up failed: {}", e.toString());
            }
        });
    }

    /** Waits until work queued so far on the background thread is done. */
    void awaitIdle() {
        try {
            background.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
