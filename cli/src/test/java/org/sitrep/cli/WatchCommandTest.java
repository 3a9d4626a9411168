package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    @Test
    void listImportsAndRollbacksReScreenTheWorkspaceWatchlistAndAFalseMatchHoldsForTheEntryItWasMadeOn() throws Exception {
        Path first = copy("first", null, null);
        Path other = copy("other", "POB Damascus, Syria", "POB Latakia, Syria"); // another party's entry changes
        Path amended = copy("amended", "POB Al Muharraq, Bahrain", "POB Manama, Bahrain"); // the watched hit's entry
        Path csv = dir.resolve("watch.csv");
        Files.writeString(csv, "id,full_name,date_of_birth\nw1,Turki al-Binali,3 Sep 1984\nw2,Quentin Abernathy-Volk,\n");
        String ws = dir.resolve("ws").toString();
        CliRun set = CliRun.of("watch", "set", "-w", ws, "--watchlist", csv.toString());
        assertThat(set.exitCode()).as(set.err()).isEqualTo(ExitCodes.OK);
        assertThat(set.out()).contains("watching 2 parties");

        CliRun load = CliRun.of("lists", "import", "-w", ws, first.toString());
        assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCodes.OK);
        assertThat(load.err()).contains("watch: 2 watched; 1 new, 0 changed, 0 removed");

        CliRun review = CliRun.of("watch", "review", "-w", ws, "--query-id", "w1", "--query-name", "Turki al-Binali",
                "--list-id", "us-ofac-sdn", "--id", "19449", "--decision", "false", "--note", "another man", "--by", "a-3");
        assertThat(review.exitCode()).as(review.err()).isEqualTo(ExitCodes.OK);

        // an update that leaves the hit's entry as it was: nothing to report, the decision stands
        assertThat(CliRun.of("lists", "import", "-w", ws, other.toString()).err())
                .contains("watch: 2 watched; 0 new, 0 changed, 0 removed");
        // an update of the hit's own entry: the decision no longer covers it, so it is reported
        assertThat(CliRun.of("lists", "import", "-w", ws, amended.toString()).err())
                .contains("watch: 2 watched; 0 new, 1 changed, 0 removed");
        // back to the entry as it was decided on: the false match silences it again
        CliRun rollback = CliRun.of("lists", "rollback", "-w", ws, "us-ofac-sdn");
        assertThat(rollback.exitCode()).as(rollback.err()).isEqualTo(ExitCodes.OK);
        assertThat(rollback.err()).contains("0 new, 0 changed, 0 removed hits; 1 suppressed");

        List<JsonNode> runs = lines(Files.readString(Path.of(ws, "rescreens.jsonl")));
        assertThat(runs).extracting(r -> r.get("trigger").asText())
                .containsExactly("lists import", "lists import", "lists import", "lists rollback us-ofac-sdn");
        JsonNode changed = runs.get(2).get("changes").get(0);
        assertThat(changed.get("change").asText()).isEqualTo("changed");
        assertThat(changed.get("query_id").asText()).isEqualTo("w1");
        assertThat(changed.get("before").get("list_version").asText())
                .isEqualTo(runs.get(2).get("versionsBefore").get("us-ofac-sdn").asText())
                .isNotEqualTo(changed.get("after").get("list_version").asText());
        // an import of the active version's content changes no version and re-screens nothing
        CliRun same = CliRun.of("lists", "import", "-w", ws, other.toString());
        assertThat(same.err()).doesNotContain("watch:");
    }

    @Test
    void theKnowledgeBasesPartiesFromDocumentsCanBeWatchedWithoutTheListedPartiesThemselves() throws Exception {
        Path ws = dir.resolve("kb");
        assertThat(CliRun.of("lists", "import", "-w", ws.toString(), demoSdn().toString()).exitCode()).isEqualTo(ExitCodes.OK);
        try (EvidenceStore store = new Workspace(ws, null).openStore()) {
            store.inTransaction(tx -> {
                tx.ensureEntity("doc-person-1", "Person", "Turki al-Binali", Instant.EPOCH);
                tx.ensureEntity("doc-place-1", "Location", "Manama", Instant.EPOCH);
                return null;
            });
        }
        CliRun set = CliRun.of("watch", "set", "-w", ws.toString(), "--entities");
        assertThat(set.exitCode()).as(set.err()).isEqualTo(ExitCodes.OK);
        assertThat(set.out()).contains("watching 1 parties");
        assertThat(Files.readString(ws.resolve("watchlist.jsonl"))).contains("doc-person-1").contains("Turki al-Binali")
                .doesNotContain("us-ofac-sdn").doesNotContain("Manama");
        assertThat(CliRun.of("watch", "set", "-w", ws.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anUnreadableWatchlistIsReportedAndTheListsAreLoadedAllTheSame() throws Exception {
        Path ws = dir.resolve("broken");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("watchlist.jsonl"), "{\"id\": \"w1\", \"name\": \"Turki al-Binali\"}\nnot json\n");
        CliRun load = CliRun.of("lists", "import", "-w", ws.toString(), demoSdn().toString());
        assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCodes.OK);
        assertThat(load.err()).contains("the watchlist cannot be read").contains("watchlist.jsonl:2");
        assertThat(CliRun.of("lists", "show", "-w", ws.toString()).out()).contains("us-ofac-sdn");
    }
}
