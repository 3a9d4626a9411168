package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep watch}: re-screening on a list change, and a false-match decision that survives the update. */
class WatchCommandTest {

    @TempDir
    Path dir;

    private static Path demoSdn() {
        return Path.of(System.getProperty("sitrep.home", "..")).resolve("demo/lists/ofac-sdn-demo");
    }

    private Path copy(String name, String fromRemark, String toRemark) throws Exception {
        Path target = dir.resolve(name);
        Files.createDirectories(target);
        try (var files = Files.list(demoSdn())) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Files.writeString(target.resolve(f.getFileName()), fromRemark == null ? text : text.replace(fromRemark, toRemark));
            }
        }
        return target;
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
    void aChangedEntryIsReportedAndAFalseMatchDecisionSilencesItUntilTheEntryChangesAgain() throws Exception {
        Path before = copy("before", null, null);
        Path after = copy("after", "POB Al Muharraq, Bahrain", "POB Manama, Bahrain");
        Path watchlist = dir.resolve("watch.csv");
        Files.writeString(watchlist, "id,full_name,date_of_birth\nw1,Turki al-Binali,3 Sep 1984\n");
        String ws = dir.resolve("ws").toString();

        CliRun first = CliRun.of("watch", "rescreen", "-w", ws, "--watchlist", watchlist.toString(),
                "--before", before.toString(), "--after", after.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        JsonNode change = lines(first.out()).stream().filter(n -> n.get("id").asText().equals("19449")).findFirst()
                .orElseThrow();
        assertThat(change.get("change").asText()).isEqualTo("changed");
        assertThat(change.get("detail").asText()).contains("listed entry changed");
        assertThat(change.get("before").get("list_version").asText())
                .isNotEqualTo(change.get("after").get("list_version").asText());

        CliRun review = CliRun.of("watch", "review", "-w", ws, "--query-id", "w1", "--query-name", "Turki al-Binali",
                "--list", after.toString(), "--id", "19449", "--decision", "false", "--note", "other person, DOB differs",
                "--by", "analyst-7");
        assertThat(review.exitCode()).as(review.err()).isEqualTo(ExitCodes.OK);

        CliRun again = CliRun.of("watch", "rescreen", "-w", ws, "--watchlist", watchlist.toString(),
                "--before", before.toString(), "--after", after.toString());
        assertThat(lines(again.out())).noneMatch(n -> n.get("id").asText().equals("19449"));
        assertThat(again.err()).contains("1 suppressed");

        Path amended = copy("amended", "POB Al Muharraq, Bahrain", "POB Riffa, Bahrain");
        CliRun later = CliRun.of("watch", "rescreen", "-w", ws, "--watchlist", watchlist.toString(),
                "--before", after.toString(), "--after", amended.toString());
        assertThat(lines(later.out())).anyMatch(n -> n.get("id").asText().equals("19449"));

        CliRun csv = CliRun.of("watch", "export", "-w", ws);
        assertThat(csv.out()).startsWith("query_id,query_name,list,entity_id").contains("w1,Turki al-Binali,us-ofac-sdn,19449")
                .contains("false_match").contains("analyst-7");
        CliRun json = CliRun.of("watch", "export", "-w", ws, "--format", "json");
        assertThat(Json.MAPPER.readTree(json.out()).get(0).get("note").asText()).isEqualTo("other person, DOB differs");
        assertThat(CliRun.of("watch", "review", "-w", ws, "--query-id", "w1", "--list", after.toString(), "--id", "19449",
                "--decision", "perhaps", "--by", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
