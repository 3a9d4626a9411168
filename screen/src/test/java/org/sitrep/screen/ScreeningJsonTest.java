package org.sitrep.screen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.json.ScreeningJson;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The output shapes of the machine contract (sections 2 and 3): field names and types. */
class ScreeningJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void compareOutputHasTheContractFields() throws Exception {
        Comparison c = NameComparer.standard().compare("AL-BINALI, Turki", "Turki al-Benali", "Person");
        JsonNode json = mapper.readTree(mapper.writeValueAsString(
                ScreeningJson.comparison("AL-BINALI, Turki", "Turki al-Benali", "Person", c)));
        assertThat(fieldNames(json)).containsExactly("name1", "name2", "schema", "score", "match", "explanation");
        assertThat(json.get("score").isNumber()).isTrue();
        assertThat(json.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("match").isBoolean()).isTrue();
        JsonNode feature = json.get("explanation").get(0);
        assertThat(fieldNames(feature)).containsExactly("feature", "value", "detail");
    }

    @Test
    void screenOutputHasTheContractFields() throws Exception {
        ListEntity entity = new ListEntity("us-ofac-sdn", "19449", "Person", "AL-BINALI, Turki Mubarak Abdullah Ahmad",
                List.of("AL-BENALI, Turki"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of(), null, "sdn.csv:1");
        ListSnapshot list = new ListSnapshot("us-ofac-sdn", "ofac-csv", "ab".repeat(32), Path.of("sdn"), List.of(entity));
        Screener screener = Screener.of(List.of(list), ScreeningSettings.defaults());
        Query query = new Query("q1", "Turki al-Benali", null, "1984", "BH", List.of());
        JsonNode json = mapper.readTree(mapper.writeValueAsString(
                ScreeningJson.screening(query, screener.screen(query), ScreeningJson.lists(List.of(list)))));
        assertThat(fieldNames(json)).containsExactly("query", "matches", "lists");
        assertThat(fieldNames(json.get("query"))).contains("id", "name", "dob", "country");
        JsonNode match = json.get("matches").get(0);
        assertThat(fieldNames(match)).contains("list", "id", "name", "matched_name", "score", "match", "explanation");
        assertThat(match.get("list").asText()).isEqualTo("us-ofac-sdn");
        assertThat(match.get("id").asText()).isEqualTo("19449");
        assertThat(match.get("matched_name").asText()).isEqualTo("AL-BENALI, Turki");
        assertThat(json.get("lists").get("us-ofac-sdn").get("sha256").asText()).hasSize(64);
        assertThat(json.get("lists").get("us-ofac-sdn").get("entities").asInt()).isEqualTo(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
