package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network answer the project exists for, on real reporting rather than the team's demo corpus: ingest the shared
 * seed articles and trace the contractor to the armed group. Skips when {@code ../shared/seeds} is absent.
 */
class SeedChainTest {

    @TempDir
    Path dir;

    @Test
    void tracesTheContractorThroughItsSubcontractorAndOwnerToTheArmedGroup() throws Exception {
        Path seeds = Path.of(System.getProperty("sitrep.home", "..")).resolve("../shared/seeds").normalize();
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no shared seeds at " + seeds);
        String ws = dir.resolve("ws").toString();
        CliRun ingest = CliRun.of("ingest", "-w", ws, seeds.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCodes.OK);

        CliRun trace = CliRun.of("trace", "--json", "-w", ws, "Stroytransgaz", "Islamic State");
        assertThat(trace.exitCode()).as(trace.err()).isEqualTo(ExitCodes.OK);
        String seedText;
        try (Stream<Path> files = Files.list(seeds)) {
            StringBuilder sb = new StringBuilder();
            for (Path f : files.sorted().toList()) {
                sb.append(Files.readString(f)).append('\n');
            }
            seedText = sb.toString();
        }
        List<JsonNode> chains = new ArrayList<>();
        for (String line : trace.out().split("\n")) {
            if (!line.isBlank()) {
                chains.add(new ObjectMapper().readTree(line));
            }
        }
        JsonNode chain = chains.stream().filter(c -> c.get("links").size() == 3).findFirst().orElse(null);
        assertThat(chain).as(trace.out()).isNotNull();
        JsonNode sub = chain.get("links").get(0);
        JsonNode own = chain.get("links").get(1);
        JsonNode supply = chain.get("links").get(2);
        assertThat(sub.get("type").asText()).isEqualTo("subcontractor");
        assertThat(sub.get("evidence").get("text").asText()).contains("subcontractor").contains("Hesco");
        assertThat(own.get("type").asText()).isEqualTo("ownership");
        assertThat(own.get("evidence").get("text").asText()).contains("Hesco").contains("owned by")
                .contains("George Haswani");
        assertThat(supply.get("type").asText()).isEqualTo("supply");
        assertThat(supply.get("modality").asText()).isEqualTo("alleged");
        assertThat(supply.get("evidence").get("text").asText()).contains("Haswani").contains("oil sales")
                .contains("Islamic State");
        // Haswani owns Hesco, Hesco subcontracts for Stroytransgaz, Haswani is the alleged supplier.
        assertThat(own.get("subject").asText()).isEqualTo(supply.get("subject").asText());
        assertThat(sub.get("subject").asText()).isEqualTo(own.get("object").asText());
        for (JsonNode link : chain.get("links")) {
            String evidence = link.get("evidence").get("text").asText();
            assertThat(seedText.replaceAll("\\s+", " ")).as("evidence from the seed text")
                    .contains(evidence.replaceAll("\\s+", " "));
        }
    }
}
