package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader asks of the demo corpus about events and claims: the disputed hospital strike, the Tal Rifaat
 * tolls side by side, the commander reported killed and later confirmed dead, an actor's timeline, and grading
 * publishers. Asks through the command line, as a user would; the shared demo workspace is only read.
 */
class DemoEventsAndClaimsTest {

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.MAPPER.readTree(line));
            }
        }
        return out;
    }

    private static Stream<JsonNode> each(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private static boolean quotes(JsonNode node, String text) {
        return each(node.get("positions")).anyMatch(p -> p.get("evidence").get("text").asText().contains(text))
                || node.get("subject").asText().contains(text);
    }

    @Test
    void theMaaratHospitalStrikeIsDisputedRussiaAccusedAndDenying() throws IOException {
        String ws = DemoWorkspace.path();
        JsonNode strike = lines("claims", "--json", "--kind", "incident", "-w", ws).stream()
                .filter(a -> quotes(a, "Maarat al-Numan")).findFirst()
                .orElseThrow(() -> new AssertionError("no incident about Maarat al-Numan"));
        assertThat(strike.get("status").asText()).isEqualTo("disputed");
        JsonNode accusation = each(strike.get("positions"))
                .filter(p -> p.get("stance").asText().equals("accuses")
                        && p.get("evidence").get("text").asText().contains("Russian"))
                .findFirst().orElseThrow(() -> new AssertionError("nobody accuses Russia: " + strike));
        // Russia's own denial, reported by Eurasia Desk (the Levant Monitor also recalls that "it has previously
        // rejected reports" of such strikes: a denial by Russia as well)
        JsonNode denial = each(strike.get("positions")).filter(p -> p.get("stance").asText().equals("denies"))
                .filter(p -> p.get("source").asText().matches("(?i).*(moscow|russia).*"))
                .filter(p -> p.get("evidence").get("publisher").asText().equals("Eurasia Desk"))
                .findFirst().orElseThrow(() -> new AssertionError("Russia's denial missing: " + strike));
        assertThat(accusation.get("evidence").get("publisher").asText()).isEqualTo("Levant Monitor");
        assertThat(denial.get("evidence").get("publisher").asText()).isEqualTo("Eurasia Desk");
        assertThat(each(strike.get("reasons")).map(JsonNode::asText)).anyMatch(r -> r.startsWith("denied by"));
        // The denial is contradicted by the accusation, and the accusation by the denial.
        assertThat(denial.get("credibility").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(accusation.get("credibility").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void talRifaatTollsFromTwoSourcesStandSideBySide() throws IOException {
        String ws = DemoWorkspace.path();
        JsonNode incident = lines("incidents", "--json", "-w", ws).stream()
                .filter(i -> "Tal Rifaat".equals(i.get("place").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Tal Rifaat incident"));
        assertThat(each(incident.get("sources")).map(JsonNode::asText))
                .contains("Syria Casualty Observatory", "Sitrep Wire");
        Set<Integer> observatory = new TreeSet<>();
        Set<Integer> wire = new TreeSet<>();
        incident.get("versions").forEach(v -> {
            JsonNode best = v.get("fatalities").get("best");
            JsonNode low = v.get("fatalities").get("low");
            JsonNode figure = best.isNull() ? low : best;
            if (!figure.isNull()) {
                (v.get("publisher").asText().equals("Sitrep Wire") ? wire : observatory).add(figure.asInt());
            }
        });
        assertThat(observatory).as("the observatory's count").contains(23);
        assertThat(wire).as("the wire's figures include one the observatory does not give").isNotEmpty()
                .anyMatch(f -> !observatory.contains(f));

        JsonNode claims = lines("claims", "--json", "--kind", "incident", "-w", ws).stream()
                .filter(a -> a.get("incident").asText().equals(incident.get("id").asText())).findFirst().orElseThrow();
        assertThat(claims.get("status").asText()).isEqualTo("disputed");
        assertThat(each(claims.get("reasons")).map(JsonNode::asText)).anyMatch(r -> r.startsWith("death tolls differ"));

        CliRun table = CliRun.of("incidents", "-w", ws);
        assertThat(table.out()).contains("Tal Rifaat").contains("Syria Casualty Observatory").contains("Sitrep Wire")
                .contains("at least 23");
    }

    @Test
    void omarAlShishaniReportedKilledThenConfirmedIsSuperseded() throws IOException {
        String ws = DemoWorkspace.path();
        JsonNode death = lines("claims", "--json", "--kind", "death", "-w", ws).stream()
                .filter(a -> quotes(a, "Shishani")).findFirst()
                .orElseThrow(() -> new AssertionError("no assessment of Shishani's death"));
        assertThat(death.get("status").asText()).isEqualTo("superseded");
        List<JsonNode> positions = each(death.get("positions")).toList();
        JsonNode first = positions.getFirst();
        assertThat(first.get("evidence").get("publisher").asText()).isEqualTo("Sitrep Wire");
        assertThat(first.get("evidence").get("documentDate").asText()).isEqualTo("2016-03-09");
        assertThat(first.get("hedged").asBoolean()).as("'likely killed'").isTrue();
        assertThat(positions).anyMatch(p -> p.get("stance").asText().equals("confirms")
                && p.get("evidence").get("documentDate").asText().equals("2016-07-14"));
        assertThat(positions).anyMatch(p -> p.get("stance").asText().equals("denies"));
        assertThat(death.get("reasons").get(0).asText()).startsWith("first reported tentatively by")
                .contains("(Sitrep Wire, 2016-03-09); confirmed by").endsWith("(Levant Monitor, 2016-07-14)");
    }

    @Test
    void anActorsTimelineFollowsAliasesInDateOrder() throws IOException {
        String ws = DemoWorkspace.path();
        List<JsonNode> byName = lines("events", "--json", "--actor", "Omar al-Shishani", "-w", ws);
        List<JsonNode> byAlias = lines("events", "--json", "--actor", "Omar the Chechen", "-w", ws);
        assertThat(byName).hasSizeGreaterThanOrEqualTo(3);
        assertThat(byAlias.stream().map(e -> e.get("id").asText()))
                .containsExactlyElementsOf(byName.stream().map(e -> e.get("id").asText()).toList());
        List<String> dates = byName.stream().map(e -> e.get("date").asText()).toList();
        assertThat(dates).isSorted();
        assertThat(byName.stream().map(e -> e.get("evidence").get("documentDate").asText()))
                .contains("2016-03-09", "2016-07-14");
        for (JsonNode e : byName) {
            assertThat(e.get("evidence").get("text").asText()).isNotBlank();
            assertThat(e.get("participants").toString()).contains("BATIRASHVILI");
        }
        List<JsonNode> march = lines("events", "--json", "--actor", "Omar al-Shishani", "--from", "2016-03-01",
                "--to", "2016-03-31", "-w", ws);
        assertThat(march).isNotEmpty().allMatch(e -> e.get("date").asText().startsWith("2016-03"));

        CliRun unknown = CliRun.of("events", "--actor", "Nobody At All", "-w", ws);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err()).contains("no party named 'Nobody At All'");
    }

    @Test
    void publishersAreGradedAndTheGradesSurviveReingestion() throws IOException {
        Path copy = dir.resolve("ws");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of(DemoWorkspace.path()))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        String ws = copy.toString();
        List<JsonNode> before = lines("sources", "--json", "-w", ws);
        assertThat(before.stream().map(p -> p.get("publisher").asText())).contains("Sitrep Wire", "Levant Monitor",
                "Border Watch", "Gulf Ledger", "Eurasia Desk", "Syria Casualty Observatory");
        assertThat(before).allMatch(p -> p.get("reliability").asText().equals("F"));

        CliRun grade = CliRun.of("sources", "grade", "sitrep wire", "B", "--user", "analyst", "-w", ws);
        assertThat(grade.exitCode()).as(grade.err()).isEqualTo(ExitCodes.OK);
        assertThat(grade.out()).contains("Sitrep Wire graded B (usually reliable) by analyst");
        assertThat(CliRun.of("sources", "grade", "Sitrep Wire", "Z", "-w", ws).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("sources", "grade", "Nobody News", "A", "-w", ws).err()).contains("Nobody News");

        CliRun reingest = CliRun.of("ingest", "-w", ws, DemoWorkspace.demoDir().resolve("corpus").toString());
        assertThat(reingest.exitCode()).as(reingest.err()).isEqualTo(ExitCodes.OK);
        assertThat(lines("sources", "list", "--json", "-w", ws)).filteredOn(p -> p.get("publisher").asText().equals("Sitrep Wire"))
                .singleElement().satisfies(p -> assertThat(p.get("reliability").asText()).isEqualTo("B"));
        assertThat(lines("claims", "--json", "-w", ws).stream().flatMap(a -> each(a.get("positions")))
                .filter(p -> p.get("evidence").get("publisher").asText().equals("Sitrep Wire")))
                .isNotEmpty().allMatch(p -> p.get("rating").asText().startsWith("B"));
    }

    @Test
    void aProvinceOrCountryFindsTheEventsInItsTowns() throws IOException {
        String ws = DemoWorkspace.path();
        List<JsonNode> idlib = lines("events", "--json", "--place", "Idlib", "-w", ws);
        assertThat(idlib).anyMatch(e -> "Maarat al-Numan".equals(e.get("place").asText()));
        assertThat(idlib).allMatch(e -> "SY".equals(e.get("country").asText()));
        assertThat(lines("events", "--json", "--place", "Idlib province", "-w", ws)).hasSameSizeAs(idlib);
        List<JsonNode> syria = lines("events", "--json", "--place", "Syria", "-w", ws);
        assertThat(syria.size()).isGreaterThan(idlib.size());
        assertThat(lines("events", "--json", "--place", "Iraq", "-w", ws))
                .noneMatch(e -> "Maarat al-Numan".equals(e.get("place").asText()));
        // Tal Rifaat lies in Aleppo province, not in Idlib.
        assertThat(idlib).noneMatch(e -> "Tal Rifaat".equals(e.get("place").asText()));
        assertThat(lines("events", "--json", "--place", "Aleppo", "-w", ws))
                .anyMatch(e -> "Tal Rifaat".equals(e.get("place").asText()));
    }

    @Test
    void haswanisDenialsStandAgainstTheAccusationsAboutHim() throws IOException {
        String ws = DemoWorkspace.path();
        JsonNode haswani = lines("claims", "--json", "--about", "Haswani", "-w", ws).stream()
                .filter(a -> "entity".equals(a.get("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no claims about Haswani"));
        assertThat(haswani.get("status").asText()).isEqualTo("disputed");
        assertThat(each(haswani.get("positions")).map(p -> p.get("stance").asText())).contains("accuses", "denies");
        assertThat(each(haswani.get("positions")).filter(p -> p.get("stance").asText().equals("denies"))
                .map(p -> p.get("source").asText())).allMatch(s -> s.contains("Haswani"));
        assertThat(CliRun.of("claims", "--about", "Nobody Known At All", "-w", ws).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void everyStoredClaimIsAssessed() throws IOException {
        String ws = DemoWorkspace.path();
        List<JsonNode> all = lines("claims", "--json", "-w", ws);
        Set<String> shown = new TreeSet<>();
        all.forEach(a -> each(a.get("positions")).forEach(p -> shown.add(p.get("claim").asText())));
        // The Hesco statement from the digest has no incident, relation or death behind it.
        assertThat(all).filteredOn(a -> a.get("subject").asText().startsWith("claims about HESCO")).singleElement()
                .satisfies(a -> assertThat(each(a.get("positions"))).anyMatch(p -> p.get("evidence").get("text")
                        .asText().contains("done nothing wrong")));
        Set<String> stored = new TreeSet<>();
        try (org.sitrep.store.EvidenceStore store = org.sitrep.store.EvidenceStore.embedded(Path.of(ws))) {
            store.query(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT id FROM claim")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
                return null;
            });
        }
        assertThat(stored).isNotEmpty();
        assertThat(shown).containsAll(stored);
    }

    @Test
    void articlesOfTheDigestCountAsOneSource() throws IOException {
        String ws = DemoWorkspace.path();
        Set<String> documents = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        for (JsonNode e : lines("events", "--json", "-w", ws)) {
            JsonNode ev = e.get("evidence");
            if (ev.get("publisher").isNull() && ev.get("source").asText().startsWith("compilation ")) {
                documents.add(ev.get("document").asText());
                sources.add(ev.get("source").asText());
            }
        }
        assertThat(documents.size()).isGreaterThan(1);
        assertThat(sources).containsExactly("compilation digest-2016-02.txt");
    }
}
