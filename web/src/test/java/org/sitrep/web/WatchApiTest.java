package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.screen.Query;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.watch.WatchFolder;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watch over real HTTP: a watchlist re-screened when the demo lists are loaded into a real (H2) store, its run
 * shown with the hit's standing decision, a decision recorded through the API (token required) and exported.
 */
class WatchApiTest {

    @TempDir
    static Path dir;

    static EvidenceStore store;
    static SearchIndex index;
    static WebApp app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        store = EvidenceStore.embedded(dir.resolve("db"));
        index = SearchIndex.open(dir.resolve("index"));
        Path demo = Path.of(System.getProperty("sitrep.home", "..")).resolve("demo/lists");
        ListStore lists = new ListStore(store);
        WatchFolder watch = new WatchFolder(dir);
        watch.saveWatchlist(List.of(new Query("w1", "Turki al-Binali", "Person", "1984-09-03", null, List.of()),
                new Query("w2", "Quillfeather Orchard Supplies", "Company", null, null, List.of())));
        List<ListSnapshot> before = lists.activeLists();
        for (ListSnapshot snapshot : new ListReader().readAll(demo)) {
            lists.load(snapshot);
        }
        watch.rescreen(before, lists.activeLists(), "lists import", ScreeningSettings.defaults());
        app = WebApp.start(WebApp.Settings.defaults().withPort(0).withWriteToken("secret-token").withWatchFolder(dir),
                store, index);
    }

    @AfterAll
    static void stop() {
        app.close();
        index.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> review(String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url() + "api/watch/review"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode hit(JsonNode watch, String queryId) {
        for (JsonNode c : watch.get("runs").get(0).get("changes")) {
            if (c.get("query_id").asText().equals(queryId)) {
                return c;
            }
        }
        throw new AssertionError("no change for " + queryId + " in " + watch);
    }

    @Test
    void aRunShowsItsHitsAndADecisionRecordedThroughTheApiStandsOnThem() throws Exception {
        JsonNode watch = json.readTree(get("/api/watch").body());
        assertThat(watch.get("watched").asInt()).isEqualTo(2);
        JsonNode run = watch.get("runs").get(0);
        assertThat(run.get("trigger").asText()).isEqualTo("lists import");
        assertThat(run.get("versions_after").get("us-ofac-sdn").asText()).hasSize(64);
        JsonNode binali = hit(watch, "w1");
        assertThat(binali.get("change").asText()).isEqualTo("new");
        assertThat(binali.get("id").asText()).isEqualTo("19449");
        assertThat(binali.get("after").get("match").asBoolean()).isTrue();
        assertThat(binali.get("decision").isNull()).isTrue();
        assertThat(run.get("changes")).noneMatch(c -> c.get("query_id").asText().equals("w2"));

        String decision = """
                {"query_id": "w1", "query_name": "Turki al-Binali", "list": "us-ofac-sdn", "id": "19449",
                 "decision": "false", "note": "a namesake born elsewhere", "by": "analyst-2"}""";
        assertThat(review(decision, null).statusCode()).isEqualTo(401);
        assertThat(review(decision.replace("\"false\"", "\"maybe\""), "secret-token").statusCode()).isEqualTo(400);
        assertThat(review(decision.replace("19449", "no-such-party"), "secret-token").statusCode()).isEqualTo(404);
        HttpResponse<String> recorded = review(decision, "secret-token");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

        JsonNode standing = hit(json.readTree(get("/api/watch").body()), "w1").get("decision");
        assertThat(standing.get("verdict").asText()).isEqualTo("false_match");
        assertThat(standing.get("by").asText()).isEqualTo("analyst-2");
        assertThat(standing.get("holds").asBoolean()).isTrue();
        assertThat(standing.get("list_version").asText())
                .isEqualTo(new ListStore(store).activeSnapshots().stream().filter(s -> s.listId().equals("us-ofac-sdn"))
                        .findFirst().orElseThrow().sha256());
        // the trail is the workspace's file, so the decision outlives this server and any re-ingestion of the store
        assertThat(Files.readString(dir.resolve("reviews.jsonl"))).contains("a namesake born elsewhere");

        HttpResponse<String> csv = get("/api/watch/reviews?format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("query_id,query_name,list,entity_id").contains("w1,Turki al-Binali,us-ofac-sdn,19449")
                .contains("false_match");
        assertThat(json.readTree(get("/api/watch/reviews").body()).get(0).get("note").asText())
                .isEqualTo("a namesake born elsewhere");
    }
}
