package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads run as background jobs: answered at once, polled to an outcome, bounded by a queue. No browser. */
class UploadJobsTest {

    @TempDir
    static Path dir;

    static EvidenceStore store;
    static SearchIndex index;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();
    static final Set<String> QUEUED_OR_RUNNING = Set.of("queued", "running");
    /** Holds the fake extraction until a test lets it go, so that uploads pile up behind it. */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    @BeforeAll
    static void open() {
        store = EvidenceStore.embedded(dir.resolve("db"));
        index = SearchIndex.open(dir.resolve("index"));
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    /** Stands in for CoreNLP (most of a minute to load): reports every pending document done, after the gate. */
    static final WebApp.Extraction FAKE = (s, progress) -> {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        progress.started(1);
        progress.documentDone("x");
    };

    static WebApp start(int queue) {
        return WebApp.start(WebApp.Settings.defaults().withPort(0).withWriteToken("t").withUploadQueue(queue),
                store, index, FAKE);
    }

    static HttpResponse<String> upload(WebApp app, String name, byte[] content) throws Exception {
        String boundary = UUID.randomUUID().toString();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(app.url() + "api/uploads/documents"))
                .header("Authorization", "Bearer t").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode get(WebApp app, String path) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    static JsonNode awaitFinished(WebApp app, String location) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode job;
        do {
            Thread.sleep(50);
            job = get(app, location);
        } while (QUEUED_OR_RUNNING.contains(job.get("status").asText()) && System.nanoTime() < until);
        return job;
    }


    @Test
    void anUploadIsAnsweredAtOnceAndItsJobEndsDoneWithCounts() throws Exception {
        gate = new CountDownLatch(1);
        try (WebApp app = start(4)) {
            HttpResponse<String> r = upload(app, "brief.txt",
                    "Zelmora-job-test: a convoy reached Deir ez-Zor on 3 May 2016.".getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            String location = r.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith("/api/uploads/");
            // the extraction is still held at the gate: the job is not finished, yet the request has been answered
            assertThat(QUEUED_OR_RUNNING).contains(get(app, location).get("status").asText());
            assertThat(get(app, "/api/uploads").get("uploads").get(0).get("id").asText())
                    .isEqualTo(json.readTree(r.body()).get("id").asText());
            gate.countDown();

            JsonNode job = awaitFinished(app, location);
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
            JsonNode summary = job.get("summary");
            assertThat(summary.get("documents").asInt()).isEqualTo(1);
            assertThat(summary.has("events") && summary.has("entities") && summary.has("claims")).isTrue();
            String id = summary.get("new_documents").get(0).get("id").asText();
            assertThat(get(app, "/api/documents/" + id).get("text").asText()).contains("Zelmora-job-test");
        }
    }

    @Test
    void aBinaryFileEndsFailedNamingTheFileAndStoresNothing() throws Exception {
        gate = new CountDownLatch(0);
        try (WebApp app = start(4)) {
            long before = store.status().documents();
            long files = store.status().sourceFiles();
            byte[] binary = new byte[4096];
            new java.util.Random(7).nextBytes(binary);
            binary[0] = 0;
            HttpResponse<String> r = upload(app, "scan.bin", binary);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            JsonNode job = awaitFinished(app, r.headers().firstValue("Location").orElseThrow());
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("failed");
            assertThat(job.get("reason").asText()).startsWith("scan.bin").contains("binary").doesNotContain("sitrep-upload-")
                    .doesNotContain("scan.bin: scan.bin");
            assertThat(store.status().documents()).isEqualTo(before);
            assertThat(store.status().sourceFiles()).isEqualTo(files);
        }
    }

    @Test
    void aDocumentThatCannotBeExtractedFailsTheUploadNamingTheFileAndIsWithdrawn() throws Exception {
        long before = store.status().documents();
        long files = store.status().sourceFiles();
        // fails every document of the upload being extracted, as CoreNLP tripping over one would
        WebApp.Extraction failing = (s, progress) -> {
            progress.started(1);
            s.documents().stream().filter(d -> d.text().contains("Unextractable-test"))
                    .forEach(d -> progress.documentFailed(d.id(), "document " + d.id().substring(0, 12)
                            + ": extraction failed: the tagger gave up"));
        };
        try (WebApp app = WebApp.start(WebApp.Settings.defaults().withPort(0).withWriteToken("t"), store, index,
                failing)) {
            HttpResponse<String> r = upload(app, "odd report.txt",
                    "Unextractable-test: a report the extractor cannot read.".getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            JsonNode job = awaitFinished(app, r.headers().firstValue("Location").orElseThrow());
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("failed");
            assertThat(job.get("reason").asText()).startsWith("odd report.txt: ").contains("the tagger gave up");
            assertThat(store.status().documents()).isEqualTo(before);
            assertThat(store.status().sourceFiles()).isEqualTo(files);
            assertThat(get(app, "/api/search?q=Unextractable").get("documents")).isEmpty();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(app.url() + "api/uploads/nosuchjob")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void documentsLeftPendingByAStoppedProcessAreExtractedByAJobQueuedAtStart() throws Exception {
        Fixtures.storeHostileDocument(store); // stored without extraction, as a process stopped mid-upload leaves it
        java.util.List<String> extracted = new java.util.concurrent.CopyOnWriteArrayList<>();
        WebApp.Extraction recording = (s, progress) -> extracted.add("run");
        try (WebApp app = WebApp.start(WebApp.Settings.defaults().withPort(0).withWriteToken("t"), store, index,
                recording)) {
            app.awaitBackgroundWork();
            JsonNode resumed = get(app, "/api/uploads").get("uploads").get(0);
            assertThat(resumed.get("files")).isEmpty();
            assertThat(resumed.get("status").asText()).isEqualTo("done");
            assertThat(extracted).hasSize(1);
        }
    }

    @Test
    void aFullQueueIsRefusedWith503() throws Exception {
        gate = new CountDownLatch(0);
        try (WebApp app = start(1)) {
            app.awaitBackgroundWork(); // the fake leaves documents pending, which a start queues a job to resume
            gate = new CountDownLatch(1);
            // one running (held at the gate), one waiting: the queue of one is full
            assertThat(upload(app, "a.txt", "Queue-test report one.".getBytes(StandardCharsets.UTF_8)).statusCode())
                    .isEqualTo(202);
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!get(app, "/api/uploads").get("uploads").get(0).get("status").asText().equals("running")
                    && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(upload(app, "b.txt", "Queue-test report two.".getBytes(StandardCharsets.UTF_8)).statusCode())
                    .isEqualTo(202);
            HttpResponse<String> full = upload(app, "c.txt", "Queue-test report three.".getBytes(StandardCharsets.UTF_8));
            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(json.readTree(full.body()).get("error").asText()).contains("busy");
            gate.countDown();
            app.awaitBackgroundWork();
            JsonNode jobs = get(app, "/api/uploads").get("uploads");
            assertThat(jobs.get(0).get("files").get(0).asText()).isEqualTo("b.txt");
            assertThat(jobs.get(1).get("files").get(0).asText()).isEqualTo("a.txt");
            assertThat(jobs).allSatisfy(j -> assertThat(j.get("status").asText()).isEqualTo("done"));
        }
    }
}
