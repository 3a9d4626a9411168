package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yente-compatible API over real HTTP, against the demo lists loaded in a real (H2) store; requests and the
 * fields checked follow yente's documented models (EntityMatchQuery, EntityMatchResponse, SearchResponse,
 * EntityResponse, AlgorithmResponse, DataCatalogModel).
 */
class YenteApiTest {

    @RegisterExtension
    static final ServedLists served = ServedLists.asLoaded();
    static final ObjectMapper json = new ObjectMapper();

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return served.post(path, body, null);
    }

    private static final String MATCH = """
            {"queries": {
              "q1": {"schema": "Person", "properties": {"name": ["Turki al-Benali"], "birthDate": ["1984-09-03"],
                     "nationality": ["bh"]}},
              "q2": {"schema": "Company", "properties": {"name": ["Quillfeather Orchard Supplies"]}}
            }}""";

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void matchAnswersEachQueryInYentesShape() throws Exception {
        HttpResponse<String> r = post("/match/default", MATCH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(fields(body)).contains("responses", "matcher", "limit");
        assertThat(body.get("limit").asInt()).isEqualTo(5);
        JsonNode q1 = body.get("responses").get("q1");
        assertThat(fields(q1)).contains("status", "results", "total", "query");
        assertThat(q1.get("status").asInt()).isEqualTo(200);
        assertThat(q1.get("total").get("value").asInt()).isPositive();
        assertThat(q1.get("total").get("relation").asText()).isEqualTo("eq");
        assertThat(q1.get("query").get("schema").asText()).isEqualTo("Person");
        JsonNode top = q1.get("results").get(0);
        assertThat(fields(top)).contains("id", "caption", "schema", "properties", "datasets", "referents", "target",
                "score", "features", "match");
        assertThat(top.get("id").asText()).isEqualTo("us-ofac-sdn-19449");
        assertThat(top.get("caption").asText()).isEqualTo("AL-BINALI, Turki Mubarak Abdullah Ahmad");
        assertThat(top.get("schema").asText()).isEqualTo("Person");
        assertThat(top.get("properties").get("name").isArray()).isTrue();
        assertThat(top.get("properties").get("birthDate").get(0).asText()).startsWith("1984");
        assertThat(top.get("datasets").get(0).asText()).isEqualTo("us-ofac-sdn");
        assertThat(top.get("score").asDouble()).isBetween(0.9, 1.0);
        assertThat(top.get("match").asBoolean()).isTrue();
        assertThat(fields(top.get("features"))).contains("name", "birth_date", "country", "calibration");
        assertThat(body.get("responses").get("q2").get("results")).isEmpty();
        JsonNode doc = body.get("matcher").get("name");
        assertThat(fields(doc)).contains("description", "coefficient");
    }

    @Test
    void matchTakesThresholdLimitAndAlgorithm() throws Exception {
        JsonNode strict = json.readTree(post("/match/default?threshold=1.0&limit=1",
                "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Turki al-Benali\"]}}}}")
                .body());
        JsonNode results = strict.get("responses").get("q1").get("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("match").asBoolean()).isFalse();
        assertThat(strict.get("limit").asInt()).isEqualTo(1);

        JsonNode ofac = json.readTree(post("/match/us-ofac-sdn?algorithm=ofac", MATCH).body());
        assertThat(fields(ofac.get("responses").get("q1").get("results").get(0).get("features")))
                .contains("ofac_words", "ofac_whole");
        JsonNode un = json.readTree(post("/match/un-sc", MATCH).body());
        un.get("responses").get("q1").get("results").forEach(m ->
                assertThat(m.get("datasets").get(0).asText()).isEqualTo("un-sc"));

        assertThat(post("/match/default?algorithm=guesswork", MATCH).statusCode()).isEqualTo(400);
        assertThat(post("/match/default?threshold=2", MATCH).statusCode()).isEqualTo(400);
        assertThat(post("/match/no-such-list", MATCH).statusCode()).isEqualTo(404);
        assertThat(post("/match/default", "{\"queries\": {}}").statusCode()).isEqualTo(400);
        assertThat(post("/match/default", "not json").statusCode()).isEqualTo(400);
        assertThat(post("/match/default", "{\"queries\": {\"a\": {\"schema\": \"Ship\", \"properties\": {\"name\": "
                + "[\"x\"]}}}}").statusCode()).isEqualTo(400);
        assertThat(post("/match/default", "{\"queries\": {\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": "
                + "[\"Ana Petrova\"], \"birthDate\": [\"someday\"]}}}}").statusCode()).isEqualTo(400);
    }

    @Test
    void searchAnswersInYentesShape() throws Exception {
        HttpResponse<String> r = served.get("/search/default?q=" + URLEncoder.encode("Turki al-Binali", StandardCharsets.UTF_8)
                + "&limit=3");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(fields(body)).contains("limit", "offset", "total", "results", "facets");
        assertThat(body.get("limit").asInt()).isEqualTo(3);
        assertThat(body.get("offset").asInt()).isZero();
        assertThat(body.get("results").get(0).get("id").asText()).isEqualTo("us-ofac-sdn-19449");
        assertThat(fields(body.get("results").get(0))).contains("id", "caption", "schema", "properties", "datasets");
        JsonNode facet = body.get("facets").get("datasets");
        assertThat(fields(facet)).contains("label", "values");
        assertThat(fields(facet.get("values").get(0))).contains("name", "label", "count");
        assertThat(served.get("/search/default").statusCode()).isEqualTo(400);
    }

    @Test
    void entitiesAreFetchedById() throws Exception {
        HttpResponse<String> r = served.get("/entities/us-ofac-sdn-19449");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode e = json.readTree(r.body());
        assertThat(e.get("id").asText()).isEqualTo("us-ofac-sdn-19449");
        assertThat(e.get("caption").asText()).isEqualTo("AL-BINALI, Turki Mubarak Abdullah Ahmad");
        assertThat(e.get("properties").get("alias").isArray()).isTrue();
        assertThat(e.get("properties").get("topics").get(0).asText()).isEqualTo("sanction");
        assertThat(served.get("/entities/us-ofac-sdn-0000000").statusCode()).isEqualTo(404);
    }

    @Test
    void algorithmsAndCatalogAnswerInYentesShape() throws Exception {
        JsonNode algorithms = json.readTree(served.get("/algorithms").body());
        assertThat(fields(algorithms)).contains("algorithms", "default", "best");
        assertThat(algorithms.get("default").asText()).isEqualTo("sitrep");
        JsonNode first = algorithms.get("algorithms").get(0);
        assertThat(fields(first)).contains("name", "description", "features");
        assertThat(fields(first.get("features"))).contains("name", "birth_same_day", "country_same");

        JsonNode catalog = json.readTree(served.get("/catalog").body());
        assertThat(fields(catalog)).contains("datasets", "current", "outdated", "index_stale");
        List<String> names = new ArrayList<>();
        catalog.get("datasets").forEach(d -> {
            assertThat(fields(d)).contains("name", "title", "load", "version", "children");
            names.add(d.get("name").asText());
        });
        assertThat(names).contains("us-ofac-sdn", "un-sc", "default");
        assertThat(catalog.get("current").toString()).contains("default");
    }
}
