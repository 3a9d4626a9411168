package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandTest {

    @TempDir
    Path dir;

    @Test
    void ingestsReportsStatusAndFailsOnBadInput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Clashes near Palmyra\n\nPALMYRA, May 5, 2016 — Fighting went on all day.\n");
        Files.write(in.resolve("b.txt"), new byte[] {1, 2, 3, 0, 5});
        String ws = dir.resolve("ws").toString();

        CliRun run = CliRun.of("ingest", "--no-extract", "--json", "-w", ws, in.toString(), dir.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        JsonNode summary = Json.MAPPER.readTree(run.out());
        assertThat(summary.get("ingested").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(1);
        assertThat(run.err()).contains("b.txt:1: binary content").contains("missing: no such file or folder");

        CliRun again = CliRun.of("ingest", "--no-extract", "--json", "-w", ws, in.resolve("a.txt").toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Json.MAPPER.readTree(again.out()).get("unchanged").asInt()).isEqualTo(1);

        CliRun status = CliRun.of("status", "--json", "-w", ws);
        assertThat(Json.MAPPER.readTree(status.out()).get("documents").asInt()).isEqualTo(1);

        CliRun docs = CliRun.of("documents", "--json", "-w", ws);
        JsonNode doc = Json.MAPPER.readTree(docs.out());
        assertThat(doc.get("title").asText()).isEqualTo("Clashes near Palmyra");
        assertThat(doc.get("date").get("value").asText()).isEqualTo("2016-05-05");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("ingest").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theWorkspacesOwnGazetteerFilesTeachExtractionNewNames() throws Exception {
        Path ws = dir.resolve("ws");
        Path gazetteers = Files.createDirectories(ws.resolve("gazetteer"));
        Files.writeString(gazetteers.resolve("local.tsv"),
                "# groups our monitors track\nArmedGroup\tNorthern Wolves Brigade\tNWB|the Wolves\n");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "NWB fighters shelled the village of Kafr Nabl on Monday, residents said.\n");

        CliRun run = CliRun.of("ingest", "--json", "-w", ws.toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode group = Json.MAPPER.readTree(
                CliRun.of("entity", "show", "--json", "-w", ws.toString(), "Northern Wolves Brigade").out());
        assertThat(group.get("caption").asText()).isEqualTo("Northern Wolves Brigade");
        assertThat(group.get("names").findValuesAsText("value")).contains("NWB");

        Files.writeString(gazetteers.resolve("zz-broken.tsv"), "ArmedGroup\n");
        Files.writeString(in.resolve("b.txt"), "The Wolves withdrew from Kafr Nabl on Tuesday.\n");
        CliRun broken = CliRun.of("ingest", "-w", ws.toString(), in.resolve("b.txt").toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(broken.err()).contains("zz-broken.tsv:1");
    }
}
