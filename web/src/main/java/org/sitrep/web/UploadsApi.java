package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import org.sitrep.lists.ListFormatException;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListRefusedException;
import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.watch.Rescreening;
import org.sitrep.screen.watch.WatchFolder;
import org.sitrep.store.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Token-protected uploads: {@code POST /api/uploads/documents} (reports in any format ingest reads), which answers
 * 202 with a job to poll at {@code GET /api/uploads/{id}} while {@link UploadJobs} ingests and extracts them, and
 * {@code POST /api/uploads/lists} (a sanctions list: one file, or the files of one list such as OFAC's CSV trio).
 * Files are multipart field {@code file}; the request size is bounded by the app's settings.
 */
final class UploadsApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UploadsApi.class);
    private static final int MAX_FILES = 50;

    private final EvidenceStore store;
    private final UploadJobs jobs;
    private final AnalysisCache cache;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitrep-background");
        t.setDaemon(true);
        return t;
    });

    /** The watchlist re-screened when an uploaded list changes the lists, or null. */
    private final WatchFolder watch;

    UploadsApi(EvidenceStore store, UploadJobs jobs, AnalysisCache cache, Path watchFolder) {
        this.watch = watchFolder == null ? null : new WatchFolder(watchFolder);
        this.cache = cache;
        this.store = store;
        this.jobs = jobs;
    }

    void register(Javalin app) {
        app.post("/api/uploads/documents", this::documents);
        app.post("/api/uploads/lists", this::lists);
        app.get("/api/uploads/pending", ctx -> ctx.json(Map.of("pending_extraction",
                new KnowledgeBase(store).pendingExtraction(), "extraction", jobs.extracts())));
        app.get("/api/uploads", ctx -> ctx.json(Map.of("uploads",
                jobs.recent().stream().map(UploadJobs.Job::view).toList())));
        app.get("/api/uploads/{id}", this::job);
    }

    /** Queues extraction of whatever a previous process left pending (see {@link UploadJobs#resumePending}). */
    void resumePending() {
        jobs.resumePending(new KnowledgeBase(store).pendingExtraction());
    }

    /** Saves the upload and queues it: the answer names the job to poll, long before extraction is done. */
    private void documents(Context ctx) {
        List<UploadedFile> uploaded = files(ctx);
        Path dir = save(uploaded);
        UploadJobs.Job job;
        try {
            job = jobs.submit(dir, uploaded.stream().map(f -> safeName(f.filename())).toList());
        } catch (UploadJobs.QueueFullException e) {
            deleteTree(dir);
            ctx.header("Retry-After", "30");
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), e.getMessage());
        }
        String location = "/api/uploads/" + job.id;
        ctx.header("Location", location);
        Map<String, Object> out = new LinkedHashMap<>(job.view());
        out.put("location", location);
        out.put("extraction", jobs.extracts() ? "in the background" : "not available here: run sitrep extract");
        ctx.status(HttpStatus.ACCEPTED).json(out);
    }

    private void job(Context ctx) {
        ctx.json(jobs.job(ctx.pathParam("id")).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND.getCode(),
                "no such upload (jobs are kept only while the server runs)")).view());
    }

    private void lists(Context ctx) throws IOException {
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
            ListStore lists = new ListStore(store);
            WatchFolder.ListChange change = watch == null ? null : watch.beforeChange(lists::activeLists);
            ListStore.Outcome outcome;
            try {
                outcome = lists.load(snapshot, "true".equals(ctx.queryParam("allow_shrink")));
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
            // the watchlist is re-screened as after 'sitrep lists import'; the Screening page shows the run
            Optional<Rescreening.Report> report = change == null ? Optional.empty()
                    : change.rescreen("web upload", ScreeningSettings.defaults());
            out.put("rescreened", report.map(r -> Map.of("watched", r.watched(), "new", r.count("new"),
                    "changed", r.count("changed"), "removed", r.count("removed"),
                    "suppressed", r.suppressed().size())).orElse(null));
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
        UploadJobs.deleteTree(dir);
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

    /** Waits until work queued so far on the background thread, and the uploads queued so far, are done. */
    void awaitIdle() {
        jobs.awaitIdle();
        UploadJobs.drain(background);
    }

    @Override
    public void close() {
        jobs.close();
        background.shutdownNow();
    }
}
