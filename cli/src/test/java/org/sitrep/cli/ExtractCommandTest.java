package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sitrep extract} keeps the machine contract: offsets into the input as given, clear errors on bad lines. */
class ExtractCommandTest {

    @Test
    void htmlPageIsReadThroughItsArticleWithOffsetsIntoThePage(@TempDir Path dir) throws Exception {
        String page = "<!DOCTYPE html><html><head><title>Wire</title><script>var city = 'Aleppo';</script></head>"
                + "<body><nav>Home | Idlib</nav><article><h1>Strikes hit Daraya</h1>\n<p>March 3, 2016 — Russian "
                + "warplanes struck a market in <a href=\"/d\">Daraya</a>, killing at least 9 civilians, a "
                + "monitoring group said.</p></article><footer>&copy; Example Wire</footer></body></html>";
        Path file = dir.resolve("page.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode doc = Json.MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(doc.get("title").asText()).isEqualTo("Strikes hit Daraya");
        int offset = doc.get("offset").asInt();
        List<JsonNode> spans = new ArrayList<>();
        doc.get("entities").forEach(e -> e.get("mentions").forEach(spans::add));
        doc.get("events").forEach(v -> spans.add(v.get("evidence")));
        doc.get("claims").forEach(c -> {
            spans.add(c.get("cue"));
            spans.add(c.get("content"));
        });
        assertThat(spans).isNotEmpty();
        for (JsonNode span : spans) {
            int a = page.offsetByCodePoints(0, offset + span.get("start").asInt());
            int b = page.offsetByCodePoints(0, offset + span.get("end").asInt());
            assertThat(page.substring(a, b)).isEqualTo(span.get("text").asText());
        }
        assertThat(doc.get("entities").findValuesAsText("name")).contains("Daraya").doesNotContain("Aleppo", "Idlib");
    }

    @Test
    void badJsonLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("docs.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"text\": \"Jets bombed Hama.\"}\n{not json\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", "--input-format", "jsonl", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains(file + ":2");
        assertThat(run.out().lines()).hasSize(1);
        assertThat(Json.MAPPER.readTree(run.out().lines().findFirst().orElseThrow()).get("id").asText()).isEqualTo("a");
    }

    @Test
    void binaryEmptyAndPdfInputsAreRefusedByNameWhileTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("dump.txt");
        Files.write(binary, new byte[] {'o', 'k', 0, 1, 2, (byte) 0xff, 'x'});
        Path empty = dir.resolve("blank.txt");
        Files.writeString(empty, "  \n\t\n", StandardCharsets.UTF_8);
        Path pdf = dir.resolve("report.txt");
        Files.writeString(pdf, "%PDF-1.7\nnot really", StandardCharsets.UTF_8);
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Militants attacked the town of Mos\u00e9 on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Gunmen attacked a checkpoint near Mosul on 3 May 2016, police said.", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("extract", binary.toString(), empty.toString(), pdf.toString(), latin1.toString(),
                good.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains(binary + ":1: binary content", empty + ": empty input",
                pdf + ": a PDF document", latin1 + ":1: not valid UTF-8");
        assertThat(run.out().lines()).hasSize(1);
        assertThat(Json.MAPPER.readTree(run.out().lines().findFirst().orElseThrow()).get("id").asText())
                .isEqualTo("good.txt");
    }

    private static Path demoLists() {
        return Path.of(System.getProperty("sitrep.home", "..")).resolve("demo").resolve("lists");
    }

    private static JsonNode entity(JsonNode doc, String name) {
        for (JsonNode e : doc.get("entities")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity " + name + " in " + doc.get("entities"));
    }

    @Test
    void entitiesAreLinkedToTheListedPartiesTheyMatch(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Investigators say George Haswani arranged the deal. The contract itself went to "
                + "Hesco Engineering & Construction Co, which denied it. His neighbour, Rami Khoury, was not involved.",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", "--list", demoLists().toString(), file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode doc = Json.MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
        JsonNode haswani = entity(doc, "George Haswani");
        assertThat(haswani.get("links").get(0).get("list").asText()).isEqualTo("us-ofac-sdn");
        assertThat(haswani.get("links").get(0).get("id").asText()).isEqualTo("18996");
        assertThat(entity(doc, "Hesco Engineering & Construction Co").get("links").findValuesAsText("id"))
                .contains("18997");
        assertThat(entity(doc, "Rami Khoury").get("links")).isEmpty();

        CliRun without = CliRun.of("extract", file.toString());
        JsonNode plain = Json.MAPPER.readTree(without.out().lines().findFirst().orElseThrow());
        assertThat(entity(plain, "George Haswani").get("links")).isEmpty();
    }

    @Test
    void aMissingListIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Nothing here.", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", "--list", dir.resolve("absent").toString(), file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("absent");
        assertThat(run.out()).isEmpty();
    }
}
