package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and careless input through the command line, on fresh workspaces: lists whose names are full of pattern
 * syntax, over-long names and ids, documents with a name thousands of characters long beside unreadable files, and
 * list files that would silently shrink a list. Nothing may break the workspace for what follows.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static Path demoLists() {
        return Path.of(System.getProperty("sitrep.home", "..")).resolve("demo").resolve("lists");
    }

    /** Invented parties whose names hold every regular-expression and TokensRegex metacharacter. */
    private static final List<String> METACHARACTER_NAMES = List.of("Qarwan\\Trading", "Dalbek Freight\\",
            "[Tesmar] Group", "Halvo (Nord) Ltd", "Brenn {Alpha} Co", "Kelt/Varo Works", "Pellan|Ostra",
            "Star* Holdings", "Vantor+ Energy", "Quiso? Imports", "^Caret Minerals", "Dollmar$ Corp",
            "\"Orvel\" Logistics", "'Sandra' Tankers", "Merk.*Talon", "Osk\\\"ar Lines", "[{word:/Farid/}] Agency");

    private static String ftmLine(String id, String name, String dataset) {
        return Json.line(Map.of("id", id, "schema", "Company", "properties", Map.of("name", List.of(name)),
                "datasets", List.of(dataset)));
    }

    private Path ftmList(String file, String dataset, List<String> names) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add(ftmLine(dataset + "-" + i, names.get(i), dataset));
        }
        Path path = dir.resolve(file);
        Files.write(path, lines);
        return path;
    }

    @Test
    void listNamesWithPatternSyntaxAreLiteralsAndExtractionStillRuns() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path list = ftmList("meta.ftm.json", "sitrep_meta", METACHARACTER_NAMES);
        CliRun imported = CliRun.of("lists", "import", "-w", ws, list.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);

        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("report.txt"), "Shipping records show that Qarwan\\Trading and"
                + " Halvo (Nord) Ltd chartered a tanker in Tartus on 3 March 2016. Star* Holdings paid the crew.\n");
        CliRun ingest = CliRun.of("ingest", "--json", "-w", ws, docs.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCodes.OK);
        JsonNode summary = Json.MAPPER.readTree(ingest.out());
        assertThat(summary.get("extracted").asInt()).isEqualTo(1);
        assertThat(summary.get("extraction_errors")).isEmpty();
    }

    @Test
    void overLongNamesAndIdsAreRefusedByLineAndFieldAndLaterImportsStillWork() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path list = dir.resolve("long.ftm.json");
        Files.write(list, List.of(ftmLine("ok-1", "Nerin Shipping", "sitrep_long"),
                ftmLine("ok-2", "Velmar " + "Z".repeat(600) + " Holdings", "sitrep_long"),
                ftmLine("9".repeat(300), "Long Id Trading", "sitrep_long")));
        CliRun refused = CliRun.of("lists", "import", "-w", ws, list.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err())
                .contains("long.ftm.json:2: name: 616 characters")
                .contains("expected at most 500")
                .contains("long.ftm.json:3: id: 300 characters")
                .doesNotContain("SQL").doesNotContain("Value too long");

        CliRun clean = CliRun.of("lists", "import", "-w", ws, demoLists().resolve("un-demo.xml").toString());
        assertThat(clean.exitCode()).as(clean.err()).isEqualTo(ExitCodes.OK);
        CliRun show = CliRun.of("lists", "show", "-w", ws);
        assertThat(show.exitCode()).as(show.err()).isEqualTo(ExitCodes.OK);
        assertThat(show.out()).contains("un-sc").doesNotContain("sitrep_long");
    }

    @Test
    void aSixThousandCharacterNameDoesNotAbortTheIngestAndEveryBadFileIsNamed() throws Exception {
        String ws = dir.resolve("ws").toString();
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("long-name.txt"), "Investigators said Velmar " + "Z".repeat(6000)
                + " Holdings paid the crew in Latakia on 4 March 2016.\n");
        Files.writeString(docs.resolve("plain.txt"), "Officials in Idlib said the convoy arrived on Monday.\n");
        Files.write(docs.resolve("binary.pdf"), new byte[] {0, 1, 2, 3, 'x'});
        Files.write(docs.resolve("fake.docx"), new byte[] {'P', 'K', 3, 4, 'n', 'o'});
        CliRun ingest = CliRun.of("ingest", "--json", "-w", ws, docs.toString());
        assertThat(ingest.exitCode()).isEqualTo(ExitCodes.FAILED); // the two bad files
        assertThat(ingest.err()).contains("binary.pdf").contains("fake.docx").doesNotContain("Value too long");
        JsonNode summary = Json.MAPPER.readTree(ingest.out());
        assertThat(summary.get("ingested").asInt()).isEqualTo(2);
        assertThat(summary.get("failed").asInt()).isEqualTo(2);
        assertThat(summary.get("extracted").asInt()).isEqualTo(2);
        assertThat(summary.get("extraction_errors")).isEmpty();
    }

    @Test
    void aListThatWouldShrinkIsRefusedUnlessAllowedAndRollsBack() throws Exception {
        String ws = dir.resolve("ws").toString();
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add("Party Number " + (char) ('A' + i));
        }
        Path full = ftmList("full.ftm.json", "sitrep_shrink", ten);
        Path one = ftmList("one.ftm.json", "sitrep_shrink", ten.subList(0, 1));
        assertThat(CliRun.of("lists", "import", "-w", ws, full.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        CliRun refused = CliRun.of("lists", "import", "-w", ws, one.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).contains("sitrep_shrink").contains("remove 9 of the 10 records")
                .contains("10 -> 1").contains("--allow-shrink");
        JsonNode before = Json.MAPPER.readTree(CliRun.of("lists", "show", "--json", "-w", ws).out());
        assertThat(before.get(0).get("entities").asInt()).as("the full list still serves").isEqualTo(10);

        CliRun allowed = CliRun.of("lists", "import", "--allow-shrink", "-w", ws, one.toString());
        assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(ExitCodes.OK);
        JsonNode after = Json.MAPPER.readTree(CliRun.of("lists", "show", "--json", "-w", ws).out());
        assertThat(after.get(0).get("entities").asInt()).isEqualTo(1);
        JsonNode versions = after.get(0).get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("entities").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("active").asBoolean()).isTrue();
        assertThat(versions.get(1).get("entities").asInt()).isEqualTo(10);
        assertThat(versions.get(1).get("sha256").asText()).hasSize(64);
        assertThat(CliRun.of("lists", "show", "-w", ws).out()).contains("version").contains("(active)");

        CliRun rollback = CliRun.of("lists", "rollback", "-w", ws, "sitrep_shrink");
        assertThat(rollback.exitCode()).as(rollback.err()).isEqualTo(ExitCodes.OK);
        assertThat(rollback.out()).contains("10 records");
        JsonNode rolled = Json.MAPPER.readTree(CliRun.of("lists", "show", "--json", "-w", ws).out());
        assertThat(rolled.get(0).get("entities").asInt()).isEqualTo(10);
        CliRun screen = CliRun.of("lists", "show", "-w", ws, "sitrep_shrink");
        assertThat(screen.out()).contains("Party Number J");

        CliRun noEarlier = CliRun.of("lists", "rollback", "-w", ws, "sitrep_shrink");
        assertThat(noEarlier.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(noEarlier.err()).contains("no version imported before");
    }
}
