package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep train screening} writes into {@code --out}, never into the sources, and rebuilds what ships. */
class TrainScreeningCommandTest {

    @Test
    void rebuildsTheShippedCalibrationAndItsCard(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("train", "screening", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(rows(Files.readString(dir.resolve("calibration.tsv")))).as("the table reproduces from the command")
                .isEqualTo(rows(shipped("calibration.tsv")));
        String card = Files.readString(dir.resolve("screening.md"));
        assertThat(card).contains("`sitrep train screening`").contains("name-pairs.tsv").contains("held_out")
                .contains("Calibration error tuning");
        assertThat(run.out()).contains("## Calibration");
    }

    @Test
    void aDryRunWritesNothing(@TempDir Path dir) {
        CliRun run = CliRun.of("train", "screening", "--dry-run", "--json", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("\"calibrated\"").contains("\"name_weights_alone\"");
        assertThat(dir.resolve("calibration.tsv")).doesNotExist();
    }

    /** The data rows: the comments carry the date of the fit. */
    private static List<String> rows(String tsv) {
        return tsv.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }

    private static String shipped(String name) throws IOException {
        try (InputStream in = TrainScreeningCommandTest.class.getResourceAsStream("/org/sitrep/screen/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
