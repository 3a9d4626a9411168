package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep screen} against the bundled demo lists, checked field by field against the machine contract. */
class ScreenCommandTest {

    @TempDir
    Path dir;

    private static Path demoLists() {
        return Path.of(System.getProperty("sitrep.home", "..")).resolve("demo").resolve("lists");
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.MAPPER.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void aSingleQueryFollowsTheContract() throws Exception {
        CliRun run = CliRun.of("screen", "--list", demoLists().toString(), "--query", "Turki al-Benali",
                "--dob", "1984", "--country", "Bahrain");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<JsonNode> out = lines(run.out());
        assertThat(out).hasSize(1);
        JsonNode result = out.get(0);
        assertThat(result.get("query").get("name").asText()).isEqualTo("Turki al-Benali");
        assertThat(result.get("query").get("dob").asText()).isEqualTo("1984");
        assertThat(result.get("query").get("country").asText()).isEqualTo("Bahrain");
        assertThat(result.get("query").has("id")).isTrue();

        JsonNode top = result.get("matches").get(0);
        assertThat(top.get("list").asText()).isEqualTo("us-ofac-sdn");
        assertThat(top.get("id").asText()).isEqualTo("19449");
        assertThat(top.get("name").asText()).isEqualTo("AL-BINALI, Turki Mubarak Abdullah Ahmad");
        assertThat(top.get("matched_name").asText()).isEqualTo("AL-BENALI, Turki");
        assertThat(top.get("score").asDouble()).isBetween(0.9, 1.0);
        assertThat(top.get("match").asBoolean()).isTrue();
        List<String> features = new ArrayList<>();
        top.get("explanation").forEach(e -> {
            features.add(e.get("feature").asText());
            assertThat(e.has("value")).isTrue();
            assertThat(e.get("detail").asText()).isNotBlank();
        });
        assertThat(features).contains("name", "birth_date", "country");

        JsonNode sdn = result.get("lists").get("us-ofac-sdn");
        assertThat(sdn.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(sdn.get("entities").asInt()).isEqualTo(43);
        assertThat(result.get("lists").has("un-sc")).isTrue();
    }

    @Test
    void matchesAreSortedLimitedAndAboveTheThreshold() throws Exception {
        CliRun run = CliRun.of("screen", "--list", demoLists().toString(), "--query", "Muhammad Hussein",
                "--threshold", "0.2", "--limit", "3");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode matches = lines(run.out()).get(0).get("matches");
        assertThat(matches.size()).isBetween(1, 3);
        double previous = 1.0;
        for (JsonNode m : matches) {
            assertThat(m.get("score").asDouble()).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(0.2);
            previous = m.get("score").asDouble();
        }
    }

    @Test
    void aCsvBatchGivesOneLinePerQueryAndReportsBadRowsByLineAndColumn() throws Exception {
        Path queries = dir.resolve("queries.csv");
        Files.writeString(queries, """
                id,full_name,date_of_birth,nationality,schema
                q1,"AL BINALI, Turki",1984-9-3,BH,Person
                q2,Patricia Lucas Wheeler,14/07/2002,Ethiopia,Person
                q3,,1990,,
                q4,Somebody Else,the day after,,
                q5,"  *TURKI   AL-BINALI*  ",Sep 3 1984,,
                q6,Turki al-Binali,c. 1984,,Ship
                """);
        CliRun run = CliRun.of("screen", "--list", demoLists().resolve("ofac-sdn-demo").toString(), "--input",
                queries.toString());
        assertThat(run.exitCode()).as("bad rows make the run fail").isEqualTo(ExitCodes.FAILED);
        List<JsonNode> out = lines(run.out());
        assertThat(out).extracting(n -> n.get("query").get("id").asText()).containsExactly("q1", "q2", "q5");
        assertThat(out.get(0).get("matches").get(0).get("id").asText()).isEqualTo("19449");
        assertThat(out.get(0).get("query").get("dob").asText()).isEqualTo("1984-09-03");
        assertThat(out.get(1).get("query").get("dob").asText()).isEqualTo("2002-07-14");
        assertThat(out.get(1).get("matches")).isEmpty();
        assertThat(out.get(2).get("query").get("dob").asText()).isEqualTo("1984-09-03");
        assertThat(out.get(2).get("matches").get(0).get("id").asText()).as("all caps, stray punctuation, spaces")
                .isEqualTo("19449");
        assertThat(run.err()).contains("queries.csv:4:2 (id q3): column full_name: no name")
                .contains("queries.csv:5:3 (id q4): column date_of_birth: cannot read as a date")
                .contains("queries.csv:7:5 (id q6): column schema");
    }

    @Test
    void ambiguousDatesFollowTheDateOrderAndBirthDateIsAlsoAColumnName() throws Exception {
        Path queries = dir.resolve("us.csv");
        Files.writeString(queries, """
                name,birth_date
                "AL BINALI, Turki",09/03/1984
                """);
        CliRun run = CliRun.of("screen", "--list", demoLists().resolve("ofac-sdn-demo").toString(), "--input",
                queries.toString(), "--date-order", "MDY");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(lines(run.out()).get(0).get("query").get("dob").asText()).isEqualTo("1984-09-03");
        CliRun dayFirst = CliRun.of("screen", "--list", demoLists().resolve("ofac-sdn-demo").toString(), "--input",
                queries.toString());
        assertThat(lines(dayFirst.out()).get(0).get("query").get("dob").asText()).isEqualTo("1984-03-09");
    }

    @Test
    void screensAgainstTheListsLoadedInAWorkspace() throws Exception {
        String ws = dir.resolve("ws").toString();
        CliRun none = CliRun.of("screen", "-w", ws, "--query", "Turki al-Binali");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(none.err()).contains("no lists loaded");

        assertThat(CliRun.of("lists", "import", "-w", ws, demoLists().toString()).exitCode()).isEqualTo(ExitCodes.OK);
        CliRun run = CliRun.of("screen", "-w", ws, "--query", "البنعلي تركي");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode result = lines(run.out()).get(0);
        assertThat(result.get("matches").get(0).get("id").asText()).isEqualTo("19449");
        assertThat(result.get("lists").get("us-ofac-sdn").get("entities").asInt()).isEqualTo(43);
    }

    @Test
    void anIdentityNumberIsDecisive() throws Exception {
        CliRun run = CliRun.of("screen", "--list", demoLists().toString(), "--query", "T. Mubarak",
                "--identifier", "2231616");
        JsonNode top = lines(run.out()).get(0).get("matches").get(0);
        assertThat(top.get("id").asText()).isEqualTo("19449");
        assertThat(top.get("match").asBoolean()).isTrue();
        assertThat(top.get("explanation").toString()).contains("identifier");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("screen", "--list", demoLists().toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("screen", "--list", demoLists().toString(), "--query", "x", "--dob", "1984-13")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("screen", "--list", demoLists().toString(), "--query", "x", "--schema", "Ship")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("screen", "--list", demoLists().toString(), "--input", dir.resolve("none.csv").toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anUnreadableListIsNamed() throws Exception {
        Path broken = dir.resolve("broken-un.xml");
        String good = Files.readString(demoLists().resolve("un-demo.xml"));
        Files.writeString(broken, good.substring(0, good.length() / 2) + "\n<INDIVIDUAL><<broken\n");
        CliRun run = CliRun.of("screen", "--list", broken.toString(), "--query", "x");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("broken-un.xml");
        assertThat(run.out()).isEmpty();
    }
}
