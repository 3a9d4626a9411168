package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.relation.PairScorer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sitrep train relations} on the team's shipped sentences and a one-document file in Re-DocRED's format written
 * for this test: the scorer and its model card land in {@code --out}, never in the sources.
 */
class TrainRelationsCommandTest {

    @Test
    void writesTheScorerAndItsCardWhereTold(@TempDir Path dir) throws Exception {
        Path set = Files.createDirectories(dir.resolve("re-docred"));
        Files.writeString(set.resolve("dev_revised.json"), """
                [{"title": "t1",
                  "sents": [["Orla", "Quinn", ",", "a", "director", "of", "Brackwater", "Freight", "Ltd", ",",
                             "was", "arrested", "."]],
                  "vertexSet": [[{"name": "Orla Quinn", "pos": [0, 2], "sent_id": 0, "type": "PER"}],
                                [{"name": "Brackwater Freight Ltd", "pos": [6, 9], "sent_id": 0, "type": "ORG"}]],
                  "labels": [{"r": "P108", "h": 0, "t": 1, "evidence": [0]}]}]
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("train", "relations", "--re-docred", set.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("cross-validated (pairs)").contains("of which Sitrep's sentences");
        PairScorer scorer;
        try (InputStream in = Files.newInputStream(out.resolve("pair-scorer.json"))) {
            scorer = PairScorer.read(in);
        }
        assertThat(scorer.head().labels()).contains("membership", "fighting_against", PairScorer.NONE_LABEL);
        assertThat(scorer.cells()).isEqualTo(scorer.head().features());
        assertThat(Files.readString(out.resolve("pair-scorer.md"))).contains("sitrep train relations --seed 13")
                .contains("Re-DocRED").contains("extract/training/relations");
    }
}
