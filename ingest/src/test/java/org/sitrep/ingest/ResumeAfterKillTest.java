package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EvidenceStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An ingest killed with SIGKILL part-way resumes and ends in the same state as an uninterrupted run. */
class ResumeAfterKillTest {

    private static final int FILES = 1500;
    private static final int KILL_AFTER = 150;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestResumesToTheSameState() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(input.resolve("report-%04d.txt".formatted(i)), ("Report number %d from the front\n\n"
                    + "Observers counted %d incidents on day %d of the truce and said both sides fired mortars near"
                    + " the river crossing, according to a statement issued in the evening by the monitoring group.\n")
                    .formatted(i, i % 37, i));
        }

        Path reference = dir.resolve("reference");
        try (EvidenceStore store = EvidenceStore.embedded(reference)) {
            new Ingester(store, IngestOptions.defaults())
                    .ingest(new InputExpander().expand(List.of(input.toString())).files(), IngestListener.NONE);
        }

        Path killed = dir.resolve("killed");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName(), killed.toString(), input.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            while (seen < KILL_AFTER && out.readLine() != null) {
                seen++;
            }
            process.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close of the database
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).isEqualTo(KILL_AFTER);

        try (EvidenceStore store = EvidenceStore.embedded(killed)) {
            long committed = store.status().sourceFiles();
            assertThat(committed).as("the run was interrupted part-way").isLessThan(FILES);
            IngestReport resumed = new Ingester(store, IngestOptions.defaults())
                    .ingest(new InputExpander().expand(List.of(input.toString())).files(), IngestListener.NONE);
            assertThat(resumed.count(FileOutcome.Status.UNCHANGED)).isEqualTo(committed);
            assertThat(resumed.count(FileOutcome.Status.INGESTED)).isEqualTo(FILES - committed);
            assertThat(resumed.failures()).isEmpty();
        }

        List<String> resumedState = state(killed);
        List<String> referenceState = state(reference);
        assertThat(onlyIn(resumedState, referenceState)).as("rows only the resumed run has").isEmpty();
        assertThat(onlyIn(referenceState, resumedState)).as("rows only the uninterrupted run has").isEmpty();
        assertThat(resumedState).isEqualTo(referenceState);
    }

    private static List<String> onlyIn(List<String> rows, List<String> others) {
        java.util.Set<String> known = new java.util.HashSet<>(others);
        return rows.stream().filter(r -> !known.contains(r)).limit(20).toList();
    }

    /** Everything ingest writes, as comparable rows (times excluded). */
    private static List<String> state(Path workspace) throws IOException {
        try (EvidenceStore store = EvidenceStore.embedded(workspace)) {
            return store.query(c -> {
                List<String> rows = new ArrayList<>();
                for (String sql : List.of(
                        "SELECT path, sha256, size_bytes, media_type, document_count FROM source_file ORDER BY path",
                        "SELECT id, title, date_value, date_precision, length_cp, text FROM document ORDER BY id",
                        "SELECT path, article_index, document_id, offset_cp FROM document_source ORDER BY path, article_index",
                        "SELECT document_id, start_cp, end_cp, fingerprint FROM passage ORDER BY document_id, start_cp")) {
                    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= columns; i++) {
                                row.append(rs.getString(i)).append('|');
                            }
                            rows.add(row.toString());
                        }
                    }
                }
                return rows;
            });
        }
    }
}
