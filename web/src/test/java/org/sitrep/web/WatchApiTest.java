package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.lists.ListStore;
import org.sitrep.screen.Query;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.watch.WatchFolder;

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

    @RegisterExtension
    static final ServedLists served = ServedLists.after((lists, settings) -> {
        Path folder = lists.folder().resolve("watch");
        WatchFolder watch = new WatchFolder(folder);
        watch.saveWatchlist(List.of(new Query("w1", "Turki al-Binali", "Person", "1984-09-03", null, List.of()),
                new Query("w2", "Quillfeather Orchard Supplies", "Company", null, null, List.of())));
        // as a first import: from no lists to the demo lists
        watch.rescreen(List.of(), new ListStore(lists.store()).activeLists(), "lists import", ScreeningSettings.defaults());
        return settings.withWatchFolder(folder);
    });
    static final ObjectMapper json = new ObjectMapper();

    private static HttpResponse<String> review(String body, String token) throws Exception {
        return served.post("/api/watch/review", body, token);
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
        JsonNode watch = json.readTree(served.get("/api/watch").body());
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
        assertThat(review(decision.replace("\"false\"", "\"maybe\""), ServedLists.TOKEN).statusCode()).isEqualTo(400);
        assertThat(review(decision.replace("19449", "no-such-party"), ServedLists.TOKEN).statusCode()).isEqualTo(404);
        HttpResponse<String> recorded = review(decision, ServedLists.TOKEN);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

        JsonNode standing = hit(json.readTree(served.get("/api/watch").body()), "w1").get("decision");
        assertThat(standing.get("verdict").asText()).isEqualTo("false_match");
        assertThat(standing.get("by").asText()).isEqualTo("analyst-2");
        assertThat(standing.get("holds").asBoolean()).isTrue();
        assertThat(standing.get("list_version").asText())
                .isEqualTo(new ListStore(served.store()).activeSnapshots().stream().filter(s -> s.listId().equals("us-ofac-sdn"))
                        .findFirst().orElseThrow().sha256());
        // the trail is the workspace's file, so the decision outlives this server and any re-ingestion of the store
        assertThat(Files.readString(served.folder().resolve("watch/reviews.jsonl"))).contains("a namesake born elsewhere");

        HttpResponse<String> csv = served.get("/api/watch/reviews?format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("query_id,query_name,list,entity_id").contains("w1,Turki al-Binali,us-ofac-sdn,19449")
                .contains("false_match");
        assertThat(json.readTree(served.get("/api/watch/reviews").body()).get(0).get("note").asText())
                .isEqualTo("a namesake born elsewhere");

        // a list uploaded through the app re-screens the watchlist too; the entry decided on has changed since
        Path sdn = ServedLists.demoLists().resolve("ofac-sdn-demo");
        List<String> names = List.of("sdn.csv", "alt.csv", "add.csv");
        List<byte[]> files = new java.util.ArrayList<>();
        for (String n : names) {
            files.add(Files.readString(sdn.resolve(n)).replace("POB Al Muharraq, Bahrain", "POB Manama, Bahrain")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String boundary = java.util.UUID.randomUUID().toString();
        HttpResponse<String> upload = served.post("/api/uploads/lists", "multipart/form-data; boundary=" + boundary,
                Fixtures.multipart(boundary, names, files), ServedLists.TOKEN);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        JsonNode rescreened = json.readTree(upload.body()).get("rescreened");
        assertThat(rescreened.get("changed").asInt()).isEqualTo(1);
        assertThat(rescreened.get("watched").asInt()).isEqualTo(2);
        JsonNode after = json.readTree(served.get("/api/watch").body());
        assertThat(after.get("runs")).hasSize(2);
        assertThat(after.get("runs").get(0).get("trigger").asText()).isEqualTo("web upload");
        JsonNode changed = hit(after, "w1");
        assertThat(changed.get("change").asText()).isEqualTo("changed");
        assertThat(changed.get("detail").asText()).contains("listed entry changed");
        assertThat(changed.get("decision").get("verdict").asText()).isEqualTo("false_match");
        assertThat(changed.get("decision").get("holds").asBoolean()).isFalse();
    }
}
