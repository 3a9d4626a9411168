package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkCommandsTest {

    @TempDir
    Path dir;

    @Test
    void tracesExposureAndNeighboursOverTheDemoLists() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path lists = Path.of(System.getProperty("sitrep.home", "..")).resolve("demo").resolve("lists");
        assertThat(CliRun.of("lists", "import", "-w", ws, lists.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        CliRun neighbours = CliRun.of("neighbours", "-w", ws, "HASWANI, George");
        assertThat(neighbours.exitCode()).as(neighbours.err()).isEqualTo(ExitCodes.OK);
        assertThat(neighbours.out()).contains("designated").contains("--sanctioned_by-->")
                .contains("US Treasury Office of Foreign Assets Control").contains("HESCO ENGINEERING & CONSTRUCTION CO");

        CliRun exposure = CliRun.of("exposure", "--json", "-w", ws, "INTERNATIONAL PIPELINE CONSTRUCTION FZE", "--hops", "2");
        assertThat(exposure.out()).contains("HASWANI, George").contains("\"record\":\"24905\"");

        CliRun trace = CliRun.of("trace", "-w", ws, "INTERNATIONAL PIPELINE CONSTRUCTION FZE", "HASWANI, George");
        assertThat(trace.out()).contains("Chain 1 (2 links)").contains("list us-ofac-sdn record");

        CliRun unknown = CliRun.of("trace", "-w", ws, "Nobody At All", "HASWANI, George");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err()).contains("no party named 'Nobody At All'");
    }
}
