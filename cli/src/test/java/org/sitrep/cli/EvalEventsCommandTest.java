package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep eval events} on a small labelled folder, with and without a second origin of labelled sentences. */
class EvalEventsCommandTest {

    private static final String ROWS = """
            doc\tlabel\tkind\ttext
            a-1\tAir/drone strike\treported\tJets struck a fuel depot outside Idlib overnight, residents said.
            a-1\tnone\tanalysis\tThe depot matters because the town has no other source of diesel.
            b-1\tPeaceful protest\tasserted\tHundreds of nurses marched through Lagos on Monday to demand back pay.
            """;

    @Test
    void scoresTheTuningAndHeldOutPartsOfOwnSentences(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rows.tsv"), ROWS, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "events", dir.toString(), "--no-causal-news");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("tuning").contains("held-out").contains("event P");
    }

    @Test
    void aMissingCausalNewsFolderGivenByNameIsAFailureNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rows.tsv"), ROWS, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "events", dir.toString(), "--causal-news", dir.resolve("absent").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("absent");
    }
}
