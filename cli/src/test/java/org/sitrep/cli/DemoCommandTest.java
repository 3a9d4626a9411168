package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @TempDir
    Path dir;

    /** The bundled demo corpus: every article ingested with a title and a date, twice in a row. */
    @Test
    void buildsTheDemoWorkspaceFromTheBundledCorpus() throws Exception {
        Path demo = Path.of(System.getProperty("sitrep.home", "..")).resolve("demo");
        String ws = dir.resolve("demo-ws").toString();
        CliRun result = CliRun.of("demo", "--no-serve", "--demo-dir", demo.toString(), "-w", ws);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("Corpus: 17 file(s) -> 20 article(s), 20 document(s)")
                .contains("List:   us-ofac-sdn (ofac-csv)").contains("List:   un-sc").contains("Extracted: 20 document(s)");
        CliRun again = CliRun.of("ingest", "--json", "-w", ws, demo.resolve("corpus").toString());
        assertThat(Json.MAPPER.readTree(again.out()).get("unchanged").asInt()).isEqualTo(17);
        assertThat(Json.MAPPER.readTree(again.out()).get("extracted").asInt()).as("nothing left to extract").isZero();
        CliRun docs = CliRun.of("documents", "--json", "-w", ws);
        for (String line : docs.out().split("\n")) {
            var doc = Json.MAPPER.readTree(line);
            assertThat(doc.get("title").asText()).as(line).isNotBlank();
            assertThat(doc.get("date").get("precision").asText()).as(line).isEqualTo("day");
        }
        assertThat(Files.exists(dir.resolve("demo-ws").resolve(DemoCommand.MARKER))).isTrue();
        var status = Json.MAPPER.readTree(CliRun.of("status", "--json", "-w", ws).out());
        assertThat(status.get("lists").asInt()).isEqualTo(2);
        assertThat(status.get("list_records").asInt()).isGreaterThan(50);
    }

    @Test
    void refusesToWipeAFolderThatIsNotADemoWorkspace() throws Exception {
        Path precious = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(precious.resolve("notes.txt"), "keep me");
        CliRun result = CliRun.of("demo", "--no-serve", "-w", precious.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).contains("is not a demo workspace");
        assertThat(precious.resolve("notes.txt")).hasContent("keep me");
    }
}
