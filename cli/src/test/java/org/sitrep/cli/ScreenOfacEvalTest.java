package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep eval ofac FILE}: the OFAC emulation against reference scores, and bad reference files. */
class ScreenOfacEvalTest {

    @TempDir
    Path dir;

    @Test
    void reportsTheShareOfRowsWithinFivePoints() throws Exception {
        Path file = dir.resolve("scores.csv");
        Files.writeString(file, """
                query_name,result_name,ofac_score
                VLADIMIR PUTIN,"PUTIN, Vladimir",100
                KIM JONG UN,"KIM, Jong Un",100
                GEORGE BUSH,"SMITH, Anna",-1
                GEORGE BUSH,"GEORGE BUSH",10
                """);
        CliRun run = CliRun.of("eval", "ofac", "--json", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode figures = Json.MAPPER.readTree(run.out());
        assertThat(figures.get("rows").asInt()).isEqualTo(4);
        assertThat(figures.get("within_tolerance").asInt()).isEqualTo(3);
        assertThat(figures.get("worst").get(0).get("line").asInt()).isEqualTo(5);
    }

    @Test
    void aBadReferenceFileIsNamedWithItsLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "query_name,result_name,ofac_score\nA,B,high\n");
        CliRun run = CliRun.of("eval", "ofac", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("bad.csv:2");
        assertThat(CliRun.of("eval", "ofac", dir.resolve("none.csv").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
