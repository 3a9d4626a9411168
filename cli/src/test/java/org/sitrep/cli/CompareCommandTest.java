package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep compare}, checked field by field against the machine contract. */
class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void twoNamesGiveOneLineWithTheContractFields() throws Exception {
        CliRun run = CliRun.of("compare", "--schema", "Person", "AL-ZAHRANI, Faysal Ahmad 'Ali",
                "Faisal Ahmed Ali Alzahrani");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode c = Json.MAPPER.readTree(run.out());
        assertThat(c.get("name1").asText()).isEqualTo("AL-ZAHRANI, Faysal Ahmad 'Ali");
        assertThat(c.get("name2").asText()).isEqualTo("Faisal Ahmed Ali Alzahrani");
        assertThat(c.get("schema").asText()).isEqualTo("Person");
        assertThat(c.get("score").asDouble()).isBetween(0.95, 1.0);
        assertThat(c.get("match").asBoolean()).isTrue();
        JsonNode first = c.get("explanation").get(0);
        assertThat(first.get("feature").asText()).isEqualTo("name");
        assertThat(first.get("value").isNumber()).isTrue();
        assertThat(first.get("detail").asText()).contains("zahrani~zahrani");
    }

    @Test
    void withoutASchemaAnyKindOfPartyIsAssumed() throws Exception {
        JsonNode c = Json.MAPPER.readTree(CliRun.of("compare", "Kim Jong Un", "George Bush").out());
        assertThat(c.get("schema").asText()).isEqualTo("LegalEntity");
        assertThat(c.get("match").asBoolean()).isFalse();
    }

    @Test
    void theOfacEmulationExplainsItsTwoReadings() throws Exception {
        JsonNode c = Json.MAPPER.readTree(CliRun.of("compare", "--algorithm", "ofac", "VLADIMIR PUTIN",
                "PUTIN, Vladimir").out());
        assertThat(c.get("score").asDouble()).isEqualTo(1.0);
        assertThat(c.get("explanation").toString()).contains("ofac_words").contains("ofac_whole");
    }

    @Test
    void aCsvOfPairsGivesOneLinePerGoodRowAndNamesBadRows() throws Exception {
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, """
                name1,name2,schema
                Vladimir Putin,"PUTIN, Vladimir",Person
                ANGLO-CARIBBEAN CO. LTD.,Anglo Caribbean Company Limited,Company
                only one,,
                a,b,Ship
                """);
        CliRun run = CliRun.of("compare", "--input", pairs.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out().strip().lines()).hasSize(2).allMatch(l -> l.contains("\"match\":true"));
        assertThat(run.err()).contains("pairs.csv:4").contains("pairs.csv:5");
    }

    @Test
    void aCsvWithoutTheColumnsOrWithBrokenQuotingIsRefusedWhole() throws Exception {
        Path noColumns = dir.resolve("wrong.csv");
        Files.writeString(noColumns, "a,b\nx,y\n");
        CliRun wrong = CliRun.of("compare", "--input", noColumns.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(wrong.err()).contains("wrong.csv:1");

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "name1,name2\nA,B\n\"unterminated,C\n");
        CliRun run = CliRun.of("compare", "--input", broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("broken.csv");
        assertThat(run.out()).as("nothing half-written").isEmpty();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("compare", "only one").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("compare", "--schema", "Ship", "a", "b").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
