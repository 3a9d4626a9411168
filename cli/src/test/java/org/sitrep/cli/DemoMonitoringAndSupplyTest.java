package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions a monitor asks of the demo corpus: how many truce violations each side reported per day, whom the
 * truce leaves out, how IED components reached Islamic State, and the Tuweinan subcontractor chain. Expected figures
 * are the demo README's; extraction is still growing, so each test asserts that what is answered is right and that
 * enough is answered, rather than the whole table.
 */
class DemoMonitoringAndSupplyTest {

    /** README S5: violations per day as counted by the opposition HNC (government side accused). */
    private static final Map<String, Integer> HNC = Map.of("2016-02-27", 15, "2016-02-28", 24, "2016-02-29", 30,
            "2016-03-01", 19);
    /** README S5: violations per day as counted by Russia's reconciliation centre at Hmeimim (rebels accused). */
    private static final Map<String, Integer> RUSSIAN_CENTRE = Map.of("2016-02-27", 9, "2016-02-28", 15,
            "2016-02-29", 12, "2016-03-01", 6);

    @Test
    void ceasefireViolationsPerDayPerSideCarryTheirSources() throws Exception {
        CliRun run = CliRun.of("monitor", "ceasefire", "--json", "-w", DemoWorkspace.path(), "--from", "2016-02-27",
                "--to", "2016-03-01");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.MAPPER.readTree(run.out());
        Map<String, Integer> hnc = new HashMap<>();
        Map<String, Integer> centre = new HashMap<>();
        for (JsonNode day : report.get("daily")) {
            String reporter = day.get("reporter").get("name").asText();
            String date = day.get("date").asText();
            assertThat(date).isBetween("2016-02-27", "2016-03-01");
            for (JsonNode source : day.get("sources")) {
                assertThat(source.get("evidence").get("document").asText()).hasSize(64);
                assertThat(source.get("evidence").get("quote").asText()).as("the quote states the figure")
                        .contains(String.valueOf(source.get("count").asInt()));
            }
            if (reporter.matches("(?i).*negotiations committee.*|hnc")) {
                hnc.put(date, day.get("count").asInt());
            } else if (reporter.matches("(?i).*(hmeimim|khmeimim|reconciliation|russia).*")) {
                centre.put(date, day.get("count").asInt());
            }
        }
        assertThat(hnc).as("HNC counts per day").isNotEmpty();
        hnc.forEach((date, count) -> assertThat(count).as("HNC on " + date).isEqualTo(HNC.get(date)));
        assertThat(centre).as("Russian centre counts per day").isNotEmpty();
        centre.forEach((date, count) -> assertThat(count).as("Russian centre on " + date).isEqualTo(RUSSIAN_CENTRE.get(date)));
        assertThat(hnc.size() + centre.size()).as("days answered out of 8").isGreaterThanOrEqualTo(6);
        for (JsonNode total : report.get("totals")) {
            String reporter = total.get("reporter").get("name").asText();
            int count = total.get("count").asInt();
            if (reporter.matches("(?i).*negotiations committee.*|hnc")) {
                assertThat(count).as("HNC total 27 Feb-1 Mar").isEqualTo(88);
            } else if (reporter.matches("(?i).*(hmeimim|khmeimim|reconciliation|russia).*")) {
                assertThat(count).as("Russian centre total 27 Feb-1 Mar").isEqualTo(42);
            }
        }

        List<String> excluded = new ArrayList<>();
        report.get("agreement").get("excluded").forEach(p -> excluded.add(p.get("name").asText()));
        assertThat(excluded).as("the truce leaves out Islamic State and Nusra Front")
                .anySatisfy(n -> assertThat(n).containsIgnoringCase("islamic state"))
                .anySatisfy(n -> assertThat(n).containsIgnoringCase("nusra"));
        assertThat(report.get("agreement").get("excluded").get(0).get("evidence").get(0).get("quote").asText())
                .isNotBlank();
        assertThat(report.get("agreement").get("sponsor")).as("who negotiated the truce").isNotEmpty();

        CliRun table = CliRun.of("monitor", "ceasefire", "-w", DemoWorkspace.path());
        assertThat(table.out()).contains("Reported violations per day:").contains("Agreement excludes:");
    }

    @Test
    void iedComponentsLeadFromManufacturersThroughDistributorsToIslamicState() throws Exception {
        CliRun run = CliRun.of("supply", "--json", "-w", DemoWorkspace.path(), "Islamic State");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Map<String, JsonNode> byItem = new HashMap<>();
        for (String line : run.out().lines().toList()) {
            JsonNode chain = Json.MAPPER.readTree(line);
            if (!chain.get("item").isNull()) {
                byItem.put(chain.get("item").asText().toLowerCase(), chain);
            }
        }
        // README S7: item -> manufacturer, distributor.
        Map<String, List<String>> expected = Map.of(
                "electric detonators", List.of("Gujarat Detonics", "Bosphorus Mining Supplies"),
                "detonating cord", List.of("Carpathia Explosives", "Tigris Star Trading"),
                "electrical cable", List.of("Anatolia Cable Works", "Gaziantep Electric Trading"),
                "mobile phones", List.of("Hoshino Telecom", "Kurdistan Mobile Distribution"),
                "aluminium paste", List.of("Serra Verde Quimica", "Mersin Agro Chemicals"));
        assertThat(byItem.keySet()).as("items traced").hasSizeGreaterThanOrEqualTo(3);
        byItem.forEach((item, chain) -> {
            assertThat(expected).containsKey(item);
            JsonNode parties = chain.get("parties");
            assertThat(parties.get(0).get("role").asText()).isEqualTo("manufacturer");
            assertThat(parties.get(0).get("name").asText()).contains(expected.get(item).get(0));
            assertThat(parties.get(1).get("name").asText()).contains(expected.get(item).get(1));
            assertThat(parties.get(parties.size() - 1).get("role").asText()).isEqualTo("end_user");
            assertThat(parties.get(parties.size() - 1).get("name").asText()).containsIgnoringCase("islamic state");
            for (JsonNode hop : chain.get("hops")) {
                assertThat(hop.get("evidence").get("quote").asText()).isNotBlank();
            }
        });
        JsonNode cord = byItem.get("detonating cord");
        if (cord != null) {
            assertThat(cord.get("daysToRecovery").asInt()).isEqualTo(26);
            assertThat(cord.get("withinMonth").asBoolean()).as("recovered within a month of lawful supply").isTrue();
        }
        JsonNode detonators = byItem.get("electric detonators");
        if (detonators != null) {
            assertThat(detonators.get("withinMonth").asBoolean(true)).isFalse();
        }

        CliRun table = CliRun.of("supply", "-w", DemoWorkspace.path(), "Carpathia Explosives SA");
        assertThat(table.out()).contains("Carpathia Explosives SA").contains("--supplied-->");
    }

    @Test
    void tuweinanChainIsTracedWithEvidenceOnEveryLink() throws Exception {
        // The list part of the chain: Hesco and its owner Haswani are both designated, linked by OFAC's own record.
        CliRun listPart = CliRun.of("trace", "--json", "-w", DemoWorkspace.path(), "HESCO ENGINEERING & CONSTRUCTION CO",
                "HASWANI, George");
        assertThat(listPart.exitCode()).as(listPart.err()).isEqualTo(ExitCodes.OK);
        assertThat(listPart.out()).contains("\"record\":\"18997\"");

        // The whole chain a reader follows: contractor -> subcontractor -> owner (designated) -> armed group, each
        // step resting on a sentence of the corpus.
        CliRun whole = CliRun.of("trace", "--json", "-w", DemoWorkspace.path(), "STROYTRANSGAZ LLC", "Islamic State");
        assertThat(whole.exitCode()).as(whole.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = whole.out().lines().toList();
        assertThat(lines).as("at least one chain").isNotEmpty();
        JsonNode path = Json.MAPPER.readTree(lines.getFirst());
        assertThat(path.get("parties").get(1).asText()).isEqualTo("us-ofac-sdn:18997"); // HESCO
        assertThat(path.get("parties").get(2).asText()).isEqualTo("us-ofac-sdn:18996"); // HASWANI
        List<String> textTypes = new ArrayList<>();
        for (JsonNode step : path.get("steps")) {
            for (JsonNode link : step.get("links")) {
                if (link.get("evidence").has("document")) {
                    JsonNode evidence = link.get("evidence");
                    assertThat(evidence.get("end").asInt()).isGreaterThan(evidence.get("start").asInt());
                    textTypes.add(link.get("type").asText());
                }
            }
        }
        assertThat(textTypes).contains("subcontractor", "ownership", "supply");
    }
}
