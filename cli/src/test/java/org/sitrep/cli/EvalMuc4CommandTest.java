package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep eval muc4} tells what is wrong with its folder before it loads any model. */
class EvalMuc4CommandTest {

    @Test
    void aFolderWithoutTheTwoFilesIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dev.json"), "{}", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("eval", "muc4", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("test.json").contains("no such file");
    }

    @Test
    void aMalformedFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dev.json"), "{\n  \"TST-1\": {\"doc\": \"GUNMEN BURNED A BUS.\",\n  \"roles\": {}}\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("test.json"), "{\"TST-2\": {\"doc\": 7}}", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("eval", "muc4", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).containsPattern("dev.json:\\d+: not JSON");
    }

    @Test
    void aReportWithoutItsTextIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dev.json"), "{}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("test.json"), "{\"TST-2\": {\"doc\": 7, \"roles\": {}}}", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("eval", "muc4", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("test.json: report TST-2 has no \"doc\" text");
    }
}
