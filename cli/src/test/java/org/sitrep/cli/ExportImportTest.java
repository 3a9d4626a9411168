package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportImportTest {

    @TempDir
    Path dir;

    @Test
    void exportsFtmThatImportsBack() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path lists = Path.of(System.getProperty("sitrep.home", "..")).resolve("demo").resolve("lists");
        assertThat(CliRun.of("lists", "import", "-w", ws, lists.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        Path ftm = dir.resolve("out/kb.ftm.json");
        CliRun export = CliRun.of("export", "ftm", "-w", ws, "-o", ftm.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(ftm)).anySatisfy(l -> assertThat(l).contains("\"schema\":\"Sanction\""));

        CliRun graphml = CliRun.of("export", "graphml", "-w", ws, "-o", dir.resolve("out/kb.graphml").toString());
        assertThat(graphml.out()).contains("nodes").contains("edges");

        String other = dir.resolve("other").toString();
        CliRun imported = CliRun.of("import", "-w", other, ftm.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        var status = Json.MAPPER.readTree(CliRun.of("status", "--json", "-w", other).out());
        assertThat(status.get("list_records").asInt()).isGreaterThan(50);
    }
}
