package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.DocumentText;
import org.sitrep.store.EvidenceStore;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded memory: a 40 MB document is ingested by a separate JVM limited to a 512 MB heap (the text once stored in a
 * row page took about 270 MB to commit, and H2 closed the database when that failed), and a quote near its end is
 * then read by offset.
 */
class LargeDocumentMemoryTest {

    private static final int TARGET_BYTES = 40_000_000;

    @TempDir
    Path dir;

    @Test
    void aFortyMegabyteDocumentIsIngestedUnderA512MegabyteHeap() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path big = inputs.resolve("big.txt");
        String[] words = {"convoy", "market", "shelling", "officials", "residents", "town", "reported", "trucks",
                "council", "water", "aid", "crossing"};
        Random random = new Random(40);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            StringBuilder paragraph = new StringBuilder();
            while (written < TARGET_BYTES) {
                paragraph.setLength(0);
                paragraph.append("Para ").append(written).append(':');
                for (int i = 0; i < 60; i++) {
                    paragraph.append(' ').append(words[random.nextInt(words.length)]);
                }
                paragraph.append(".\n\n");
                out.append(paragraph);
                written += paragraph.length();
            }
            out.append("The last line names Tal Rifaat.\n");
        }
        Path workspace = dir.resolve("ws");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName(), workspace.toString(), inputs.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile()).start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES); // a bound against hangs, not a timing
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("ingest.log"));
        assertThat(finished).as(log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("done").doesNotContain("OutOfMemoryError");

        try (EvidenceStore store = EvidenceStore.embedded(workspace)) {
            List<String> ids = store.query(c -> {
                try (var ps = c.prepareStatement("SELECT id, length_cp FROM document"); var rs = ps.executeQuery()) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1) + " " + rs.getInt(2));
                    }
                    return out;
                }
            });
            assertThat(ids).as("one document, not split").hasSize(1);
            String id = ids.getFirst().split(" ")[0];
            int length = Integer.parseInt(ids.getFirst().split(" ")[1]);
            assertThat(length).isGreaterThan(TARGET_BYTES - 1000);
            String quote = store.query(c -> DocumentText.slice(c, id, length - 11, length));
            assertThat(quote).isEqualTo("Tal Rifaat.");
            assertThat(store.sourcesOf(id)).hasSize(1);
        }
    }
}
