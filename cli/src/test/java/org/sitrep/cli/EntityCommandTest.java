package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EntityCommandTest {

    @TempDir
    Path dir;

    @Test
    void mergeAndSplitAreLoggedAndSurviveListReloadAndReExtraction() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path demo = DemoWorkspace.demoDir();
        assertThat(CliRun.of("lists", "import", "-w", ws, demo.resolve("lists").toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Path digest = demo.resolve("corpus").resolve("digest-2016-02.txt");
        CliRun ingest = CliRun.of("ingest", "--json", "-w", ws, digest.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCodes.OK);

        // Merge: two list parties that are one company under two legal forms.
        CliRun merge = CliRun.of("entity", "merge", "--json", "--user", "analyst", "--reason", "one company", "-w", ws,
                "STROYTRANSGAZ OJSC", "STROYTRANSGAZ LLC");
        assertThat(merge.exitCode()).as(merge.err()).isEqualTo(ExitCodes.OK);
        JsonNode merged = Json.MAPPER.readTree(merge.out());
        assertThat(merged.get("kept").asText()).isEqualTo("us-ofac-sdn:16832");
        assertThat(merged.get("merged").asText()).isEqualTo("us-ofac-sdn:16834");

        // Split: a name read in the documents is taken off the entity it was resolved to.
        JsonNode before = Json.MAPPER.readTree(CliRun.of("entity", "show", "--json", "-w", ws, "us-ofac-sdn:8759").out());
        Set<String> listNames = new HashSet<>();
        String textName = null;
        for (JsonNode n : before.get("names")) {
            if (n.has("list")) {
                listNames.add(n.get("value").asText().toLowerCase());
            }
        }
        for (JsonNode n : before.get("names")) {
            if (n.has("document") && !listNames.contains(n.get("value").asText().toLowerCase())) {
                textName = n.get("value").asText();
                break;
            }
        }
        assertThat(textName).as("the digest mentions Islamic State by a name the lists do not spell").isNotNull();
        CliRun split = CliRun.of("entity", "split", "--json", "--user", "analyst", "-w", ws, "us-ofac-sdn:8759",
                "--name", textName);
        assertThat(split.exitCode()).as(split.err()).isEqualTo(ExitCodes.OK);
        String newId = Json.MAPPER.readTree(split.out()).get("new").asText();
        assertNamedInDocuments(ws, newId, textName);

        CliRun log = CliRun.of("entity", "log", "-w", ws);
        assertThat(log.out()).contains("analyst merged us-ofac-sdn:16834 into us-ofac-sdn:16832 — one company")
                .contains("split " + textName + " off us-ofac-sdn:8759 as " + newId);

        // Reload the lists and re-extract every document: the decisions are carried out again.
        assertThat(CliRun.of("lists", "import", "-w", ws, demo.resolve("lists").toString()).exitCode()).isEqualTo(ExitCodes.OK);
        try (EvidenceStore store = new Workspace(Path.of(ws), null).openStore()) {
            store.inTransaction(tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM document_extraction")) {
                    return ps.executeUpdate();
                }
            });
        }
        CliRun again = CliRun.of("ingest", "--json", "-w", ws, digest.toString());
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(Json.MAPPER.readTree(again.out()).toString()).contains("\"extracted\":4");

        JsonNode kept = Json.MAPPER.readTree(CliRun.of("entity", "show", "--json", "-w", ws, "us-ofac-sdn:16834").out());
        assertThat(kept.get("id").asText()).as("the merged id leads to the kept entity").isEqualTo("us-ofac-sdn:16832");
        assertThat(kept.get("names").toString()).contains("STROYTRANSGAZ LLC").contains("\"record\":\"16834\"");
        assertNamedInDocuments(ws, newId, textName);
        JsonNode is = Json.MAPPER.readTree(CliRun.of("entity", "show", "--json", "-w", ws, "us-ofac-sdn:8759").out());
        for (JsonNode n : is.get("names")) {
            assertThat(n.get("value").asText()).as("split-off name stays off").isNotEqualToIgnoringCase(textName);
        }
        assertThat(CliRun.of("entity", "log", "--json", "-w", ws).out().lines()).hasSize(2);

        CliRun self = CliRun.of("entity", "merge", "-w", ws, "us-ofac-sdn:8759", "us-ofac-sdn:8759");
        assertThat(self.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(self.err()).contains("cannot merge");
        CliRun badName = CliRun.of("entity", "split", "-w", ws, "us-ofac-sdn:8759", "--name", "No Such Name");
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(badName.err()).contains("is not a name of");
    }

    private static void assertNamedInDocuments(String ws, String id, String name) throws Exception {
        CliRun show = CliRun.of("entity", "show", "--json", "-w", ws, id);
        assertThat(show.exitCode()).as(show.err()).isEqualTo(ExitCodes.OK);
        JsonNode view = Json.MAPPER.readTree(show.out());
        assertThat(view.get("id").asText()).isEqualTo(id);
        assertThat(view.get("names")).isNotEmpty().allSatisfy(n -> {
            assertThat(n.get("value").asText()).isEqualToIgnoringCase(name);
            assertThat(n.get("document").asText()).as("each mention keeps its document and span").hasSize(64);
            assertThat(n.get("end").asInt()).isGreaterThan(n.get("start").asInt());
        });
    }
}
