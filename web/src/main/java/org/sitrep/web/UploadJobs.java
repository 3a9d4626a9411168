package org.sitrep.web;

import org.sitrep.ingest.FileOutcome;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingester;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.StoreStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Ingests and extracts uploaded documents in the background, one upload at a time, so that a request never waits
 * through a minute of extraction. Each upload is a {@link Job} whose state the upload page polls. The queue is
 * bounded: every waiting upload holds its files on disk, and a queue that grew without limit would let one client
 * fill the disk and delay everyone else's uploads for hours.
 *
 * <p>An upload succeeds or fails as a whole: when a file cannot be read, or a document of it cannot be extracted, the
 * files of the upload that did land are withdrawn again (each in one store transaction, as ingest wrote them), so a
 * failed upload leaves neither half of its files nor a document waiting for an extraction that will fail again.
 * Jobs live in memory only; documents a stopped process left unextracted are picked up by a job queued at start.
 * That job withdraws nothing (the documents may have come from the command line, and a user's documents are not
 * deleted behind their back): a document it cannot extract makes it fail, naming the file, and stays pending.
 */
final class UploadJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UploadJobs.class);
    /** Finished jobs remembered for the list; older ones are forgotten. */
    private static final int REMEMBERED = 50;
    /** New documents an outcome lists by name; a bigger upload's documents are on the documents page. */
    private static final int LINKED = 50;

    /** Thrown by {@link #submit} when the queue is full. */
    static final class QueueFullException extends RuntimeException {
        QueueFullException(int capacity) {
            super("the server is busy with " + capacity + " waiting uploads; try again when they are done");
        }
    }

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** One upload: its files, and what has become of them so far. Read by request threads while the worker runs it. */
    static final class Job {
        final String id;
        final Instant submitted;
        final List<String> files;
        private volatile State state = State.QUEUED;
        private volatile String phase = "queued";
        private volatile long done;
        private volatile long total;
        private volatile Map<String, Object> summary;
        private volatile String reason;

        private Job(String id, Instant submitted, List<String> files) {
            this.id = id;
            this.submitted = submitted;
            this.files = List.copyOf(files);
        }

        State state() {
            return state;
        }

        String reason() {
            return reason;
        }

        /** What the API answers about the job. */
        Map<String, Object> view() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("status", state.name().toLowerCase(Locale.ROOT));
            m.put("submitted", submitted.toString());
            m.put("files", files);
            if (state == State.RUNNING) {
                m.put("progress", Map.of("phase", phase, "done", done, "total", total));
            }
            if (summary != null) {
                m.put("summary", summary);
            }
            if (reason != null) {
                m.put("reason", reason);
            }
            return m;
        }

        private void progress(String phase, long done, long total) {
            this.phase = phase;
            this.total = total;
            this.done = done;
        }
    }

    private final EvidenceStore store;
    private final WebApp.Extraction extraction;
    private final Runnable changed;
    private final int capacity;
    private final ThreadPoolExecutor worker;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final ArrayDeque<String> finished = new ArrayDeque<>();
    private final SecureRandom random = new SecureRandom();

    /**
     * @param extraction null when this server cannot extract (documents are then only ingested)
     * @param capacity   uploads that may wait behind the running one
     * @param changed    run after the store changed (search index sync, analysis cache)
     */
    UploadJobs(EvidenceStore store, WebApp.Extraction extraction, int capacity, Runnable changed) {
        this.store = store;
        this.extraction = extraction;
        this.changed = changed;
        this.capacity = capacity;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity), r -> {
            Thread t = new Thread(r, "sitrep-uploads");
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether uploaded documents are extracted here (rather than by a later {@code sitrep extract}). */
    boolean extracts() {
        return extraction != null;
    }

    /**
     * Queues extraction of documents left pending (e.g. by a process stopped mid-extraction), so that the pending
     * count a restart shows is worked off rather than left standing.
     */
    void resumePending(long pending) {
        if (extraction == null || pending == 0) {
            return;
        }
        Job job = register(List.of());
        worker.execute(() -> run(job, null));
    }

    /**
     * Queues the files in {@code dir} (the upload's own folder, which the job deletes when done).
     *
     * @throws QueueFullException when {@link #capacity} uploads are already waiting
     */
    Job submit(Path dir, List<String> names) {
        Job job = register(names);
        try {
            worker.execute(() -> run(job, dir));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(job.id);
            }
            throw new QueueFullException(capacity);
        }
        return job;
    }

    Optional<Job> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Jobs waiting, running and recently finished, newest first. */
    List<Job> recent() {
        synchronized (jobs) {
            List<Job> out = new ArrayList<>(jobs.values());
            java.util.Collections.reverse(out);
            return out;
        }
    }

    private Job register(List<String> names) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        Job job = new Job(HexFormat.of().formatHex(bytes), Instant.now(), names);
        synchronized (jobs) {
            jobs.put(job.id, job);
        }
        return job;
    }

    private void run(Job job, Path dir) {
        job.state = State.RUNNING;
        StoreStatus before = store.status();
        Set<String> landed = new LinkedHashSet<>(); // source paths this job stored
        try {
            List<String> newDocuments = dir == null ? List.of() : ingest(job, dir, landed);
            if (job.reason == null && extraction != null) {
                extract(job, dir, landed);
            }
            if (job.reason != null) {
                withdraw(landed);
                job.state = State.FAILED;
            } else {
                job.summary = summary(before, store.status(), newDocuments);
                job.state = State.DONE;
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("upload {} failed", job.id, e);
            job.reason = "the upload could not be processed: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : stripDir(firstLine(e.getMessage()), dir));
            withdraw(landed);
            job.state = State.FAILED;
        } finally {
            changed.run();
            if (dir != null) {
                deleteTree(dir);
            }
            finish(job);
        }
    }

    /** Ingests the upload's files; the first failing file is the job's reason. Returns the new documents' ids. */
    private List<String> ingest(Job job, Path dir, Set<String> landed) {
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        job.progress("reading files", 0, paths.size());
        Ingester ingester = new Ingester(store, IngestOptions.defaults());
        List<String> created = new ArrayList<>();
        int n = 0;
        for (Path file : paths) {
            String path = file.toAbsolutePath().normalize().toString();
            FileOutcome outcome = ingester.ingest(List.of(file), IngestListener.NONE).files().getFirst();
            if (outcome.status() == FileOutcome.Status.FAILED) {
                String name = file.getFileName().toString();
                String message = stripDir(outcome.message(), dir);
                job.reason = message.startsWith(name) ? message : name + ": " + message; // readers name the file
                return created;
            }
            landed.add(path);
            if (outcome.newDocuments() > 0) {
                // the file's documents, less those already stored from elsewhere (the upload did not add them)
                List<String> ids = store.documentsFrom(path);
                created.addAll(ids.size() == outcome.newDocuments() ? ids : ids.stream()
                        .filter(id -> store.sourcesOf(id).size() == 1).toList());
            }
            job.progress("reading files", ++n, paths.size());
        }
        changed.run(); // searchable at once, while extraction runs
        return created;
    }

    private void extract(Job job, Path dir, Set<String> landed) {
        job.progress("extracting", 0, 0);
        List<String> failures = new ArrayList<>();
        extraction.extractPending(store, new WebApp.Extraction.Progress() {
            private long done;

            @Override
            public void started(long documents) {
                job.progress("extracting", 0, documents);
            }

            @Override
            public void documentDone(String documentId) {
                job.progress("extracting", ++done, job.total);
            }

            @Override
            public void documentFailed(String documentId, String message) {
                job.progress("extracting", ++done, job.total);
                List<String> from = store.sourcesOf(documentId).stream().map(s -> s.path()).distinct().toList();
                if (dir != null && from.stream().noneMatch(landed::contains)) {
                    // a document pending from before (ingested on the command line) fails this upload's extraction
                    // run, not this upload: it stays pending for `sitrep extract` to report
                    LOG.warn("a document pending from before could not be extracted: {}", message);
                    return;
                }
                String named = from.stream().map(p -> Path.of(p).getFileName().toString())
                        .collect(java.util.stream.Collectors.joining(", "));
                failures.add((named.isEmpty() ? "" : named + ": ") + stripDir(message, dir));
            }
        });
        if (!failures.isEmpty()) {
            job.reason = String.join("\n", failures);
        }
    }

    /** Removes files this job stored, each in one transaction with its documents (and anything derived from them). */
    private void withdraw(Set<String> paths) {
        for (String path : paths) {
            try {
                store.inTransaction(tx -> {
                    tx.removeSourceFile(path);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("could not withdraw {} after a failed upload", path, e);
            }
        }
    }

    private Map<String, Object> summary(StoreStatus before, StoreStatus after, List<String> documents) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents.size());
        m.put("events", Math.max(0, after.events() - before.events()));
        m.put("entities", Math.max(0, after.entities() - before.entities()));
        m.put("claims", Math.max(0, after.claims() - before.claims()));
        m.put("extracted", extraction != null);
        m.put("new_documents", documents.stream().limit(LINKED).map(this::titled).toList());
        return m;
    }

    /** A new document as the outcome links to it: its id and title (the title is the reader's way to recognise it). */
    private Map<String, Object> titled(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", store.document(id).map(d -> d.title()).orElse(null));
        return m;
    }

    private void finish(Job job) {
        synchronized (jobs) {
            finished.add(job.id);
            while (finished.size() > REMEMBERED) {
                jobs.remove(finished.removeFirst());
            }
        }
    }

    /** The reader names files by their temporary path; the user knows them by their own name. */
    private static String stripDir(String message, Path dir) {
        if (message == null) {
            return "failed";
        }
        return dir == null ? message : message.replace(dir.toAbsolutePath().normalize() + "/", "");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", dir, e.getMessage());
        }
    }

    /**
     * Waits until the work queued on {@code executor} so far is done (by queueing an empty task behind it); a full
     * queue's {@link RejectedExecutionException} reaches the caller.
     */
    static void drain(java.util.concurrent.ExecutorService executor) {
        try {
            executor.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until the uploads queued so far are done. */
    void awaitIdle() {
        try {
            drain(worker);
        } catch (RejectedExecutionException e) {
            // queue full: wait for it to drain instead
            while (worker.getActiveCount() > 0 || !worker.getQueue().isEmpty()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            // the caller closes the store and index next: let a running job notice the interrupt and stop first
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("an upload was still running when the app stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
