package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ListsCommandTest {

    @TempDir
    Path dir;

    private static Path demoLists() {
        return Path.of(System.getProperty("sitrep.home", "..")).resolve("demo").resolve("lists");
    }

    @Test
    void importsShowsAndIsIdempotent() throws Exception {
        String ws = dir.resolve("ws").toString();
        CliRun first = CliRun.of("lists", "import", "--json", "-w", ws, demoLists().toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("us-ofac-sdn").contains("un-sc");

        CliRun again = CliRun.of("lists", "import", "--json", "-w", ws, demoLists().toString());
        assertThat(again.out()).contains("unchanged").doesNotContain("\"imported\"");

        CliRun entity = CliRun.of("lists", "show", "--json", "-w", ws, "us-ofac-sdn", "--entity", "19449");
        assertThat(entity.exitCode()).as(entity.err()).isEqualTo(ExitCodes.OK);
        JsonNode binali = Json.MAPPER.readTree(entity.out());
        assertThat(binali.toString()).contains("1984-09-03").contains("2231616");
    }

    @Test
    void aBrokenListIsReportedByFileAndLineAndKeepsTheOldSnapshot() throws Exception {
        String ws = dir.resolve("ws").toString();
        CliRun.of("lists", "import", "-w", ws, demoLists().resolve("un-demo.xml").toString());
        Path broken = dir.resolve("broken-un.xml");
        String good = Files.readString(demoLists().resolve("un-demo.xml"));
        Files.writeString(broken, good.substring(0, good.length() / 2) + "\n<INDIVIDUAL><<broken\n");
        CliRun run = CliRun.of("lists", "import", "-w", ws, broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).containsPattern("broken-un\\.xml:\\d+");
        JsonNode status = Json.MAPPER.readTree(CliRun.of("status", "--json", "-w", ws).out());
        assertThat(status.get("lists").asInt()).as("the earlier snapshot still serves").isEqualTo(1);
    }

    @Test
    void diffsTwoListFiles() throws Exception {
        Path old = dir.resolve("old.xml");
        String xml = Files.readString(demoLists().resolve("un-demo.xml"));
        Files.writeString(old, xml);
        Path changed = dir.resolve("new.xml");
        Files.writeString(changed, xml.replaceFirst("<LISTED_ON>(\\d{4})", "<LISTED_ON>1999"));
        CliRun run = CliRun.of("lists", "diff", "--json", old.toString(), changed.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("changed");
    }
}
