package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The API answers a reader's questions about the demo corpus, every answer with its evidence. */
class DemoApiTest {

    static WebApp app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = WebApp.start(WebApp.Settings.defaults().withPort(0), DemoWorkspace.store(), DemoWorkspace.index());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void theDossierOfASanctionedBusinessmanShowsHisListRecordAliasesAndLinks() throws Exception {
        JsonNode found = get("/api/entities?q=haswani");
        String id = null;
        for (JsonNode e : found.get("entities")) {
            if (e.get("designated").asBoolean() && e.get("schema").asText().equals("Person")) {
                id = e.get("id").asText();
            }
        }
        assertThat(id).isNotNull();
        JsonNode d = get("/api/entity?id=" + id);
        assertThat(d.get("designations").get(0).get("record").get("name").asText()).containsIgnoringCase("haswani");
        List<String> names = new ArrayList<>();
        d.get("names").forEach(n -> names.add(n.get("value").asText()));
        assertThat(names).hasSizeGreaterThan(2);
        assertThat(d.get("links")).isNotEmpty();
        JsonNode textName = null;
        for (JsonNode n : d.get("names")) {
            for (JsonNode ev : n.get("evidence")) {
                if (ev.has("document")) {
                    textName = ev;
                }
            }
        }
        assertThat(textName).as("a name read from a document").isNotNull();
        assertThat(textName.get("quote").asText().toLowerCase(Locale.ROOT)).contains("haswani");
    }

    @Test
    void aCommanderListedByTheUnAndOfacHasOneDossierWithBothDesignations() throws Exception {
        JsonNode d = get("/api/entity?id=un-sc:QDi.345");
        assertThat(d.get("id").asText()).as("the UN entry opens the party it was folded into").isEqualTo("us-ofac-sdn:17283");
        List<String> lists = new ArrayList<>();
        d.get("designations").forEach(x -> lists.add(x.get("list").asText()));
        assertThat(lists).containsExactlyInAnyOrder("un-sc", "us-ofac-sdn");
        List<String> how = new ArrayList<>();
        d.get("resolutions").forEach(r -> how.add(r.get("method").asText() + " " + r.get("merged_id").asText()));
        assertThat(how).as("the dossier says why the entries are one").contains("same-party-on-lists un-sc:QDi.345");
    }

    @Test
    void aPathLinksTheContractorToItsSanctionedOwnerWithEvidence() throws Exception {
        JsonNode p = get("/api/network/paths?from=Hesco&to=Haswani");
        assertThat(p.get("paths")).isNotEmpty();
        for (JsonNode e : p.get("edges")) {
            assertThat(e.get("evidence").has("quote") || e.get("evidence").has("list")).isTrue();
        }
        JsonNode exposure = get("/api/network/exposure?id=Hesco&hops=2");
        assertThat(exposure.get("exposures")).isNotEmpty();
        exposure.get("exposures").forEach(x -> assertThat(x.get("hops").asInt()).as("not the party itself").isPositive());
        JsonNode parties = get("/api/parties?q=hasw");
        assertThat(parties.get("parties")).isNotEmpty();
        assertThat(parties.get("parties").get(0).get("caption").asText()).containsIgnoringCase("haswani");
        JsonNode named = get("/api/parties?id=us-ofac-sdn%3A18996");
        assertThat(named.get("parties").get(0).get("caption").asText()).doesNotContain("us-ofac-sdn");
        // Lists page with totals; the claims filters narrow and the status facet counts the matches.
        JsonNode claimsPage = get("/api/claims?limit=5&sort=-sources");
        assertThat(claimsPage.get("assessments")).hasSize(5);
        assertThat(claimsPage.get("total").asInt()).isGreaterThan(5);
        JsonNode disputed = get("/api/claims?status=disputed&limit=500");
        assertThat(disputed.get("assessments")).allMatch(a -> a.get("status").asText().equals("disputed"));
        assertThat(disputed.get("total").asInt()).isEqualTo(claimsPage.get("facets").get("status").get("disputed").asInt());
        JsonNode incidentsPage = get("/api/incidents?limit=2&sort=-sources");
        assertThat(incidentsPage.get("incidents").size()).isLessThanOrEqualTo(2);
        assertThat(incidentsPage.get("total").asInt()).isPositive();
    }

    @Test
    void eventsIncidentsClaimsAndChartsAreAnswered() throws Exception {
        JsonNode events = get("/api/events");
        assertThat(events.get("events")).isNotEmpty();
        assertThat(events.get("facets").get("type").size()).isGreaterThan(1);
        boolean placed = false;
        for (JsonNode e : events.get("events")) {
            placed |= !e.get("latitude").isNull();
        }
        assertThat(placed).as("some events are on the map").isTrue();
        assertThat(get("/api/incidents").get("incidents")).isNotEmpty();
        JsonNode claims = get("/api/claims");
        assertThat(claims.get("facets").get("status").has("disputed")).isTrue();
        assertThat(claims.get("facets").get("status").has("corroborated")).isTrue();
        assertThat(get("/api/charts/events").get("per_day").size()).isGreaterThan(3);
        assertThat(get("/api/charts/ceasefire").get("daily")).isNotEmpty();
        JsonNode search = get("/api/search?q=Shishani");
        assertThat(search.get("documents")).isNotEmpty();
        assertThat(search.get("facets").get("year").size()).isPositive();
    }

    @Test
    void serverTimePerPageIsLogged() throws IOException {
        // A measurement, not a test of speed: the figures go to the log and target/page-timings.txt.
        List<WebBenchmark.PageTiming> timings = new WebBenchmark(DemoWorkspace.store(), DemoWorkspace.index()).run(3, 10);
        StringBuilder report = new StringBuilder("page\tp50_ms\tp95_ms\tmax_ms\tcalls\n");
        for (WebBenchmark.PageTiming t : timings) {
            report.append(String.format(Locale.ROOT, "%s\t%.1f\t%.1f\t%.1f\t%s%n", t.page(), t.p50(), t.p95(), t.max(),
                    String.join(" ", t.calls())));
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "page-timings.txt"), report);
        assertThat(timings).hasSizeGreaterThan(10);
    }
}
