package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep eval re3d} on a small folder in re3d's format: a subset of documents and an error listing. */
class EvalRe3dCommandTest {

    @Test
    void limitScoresTheFirstDocumentsAndErrorsListWhatWasMissed(@TempDir Path dir) throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(set.resolve("documents.json"), """
                { "_id" : "d1", "text" : "Colonel Sami Rahal inspected the checkpoint near Erbil." }
                { "_id" : "d2", "text" : "Nobody came." }
                """, StandardCharsets.UTF_8);
        Files.writeString(set.resolve("entities.json"), """
                { "_id" : "a", "begin" : 8, "end" : 18, "type" : "Person", "documentId" : "d1" }
                { "_id" : "b", "begin" : 29, "end" : 43, "type" : "Location", "documentId" : "d1" }
                """, StandardCharsets.UTF_8);
        Files.writeString(set.resolve("relations.json"), "", StandardCharsets.UTF_8);
        Path errors = dir.resolve("errors.tsv");

        CliRun run = CliRun.of("eval", "re3d", dir.toString(), "--no-baseline", "--limit", "1", "--errors", errors.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("re3d: 1 documents");
        assertThat(Files.readAllLines(errors)).anyMatch(l -> l.startsWith("MISS\tLocation\tthe checkpoint\t"))
                .noneMatch(l -> l.startsWith("MISS\tPerson"));
    }
}
