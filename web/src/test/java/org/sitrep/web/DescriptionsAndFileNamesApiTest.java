package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network API leaves descriptions ("the forces") out unless asked, and no API the pages use says where on the
 * server a document's file lay.
 */
class DescriptionsAndFileNamesApiTest {

    @TempDir
    static Path dir;

    static EvidenceStore store;
    static SearchIndex index;
    static WebApp app;
    static Document hostile;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = EvidenceStore.embedded(dir.resolve("db"));
        index = SearchIndex.open(dir.resolve("index"));
        hostile = Fixtures.storeHostileDocument(store);
        Fixtures.storeHostileEntities(store, hostile);
        Fixtures.storeDescribedParty(store, hostile);
        index.sync(store);
        app = WebApp.start(WebApp.Settings.defaults().withPort(0), store, index);
    }

    @AfterAll
    static void stop() {
        app.close();
        index.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<String> ids(JsonNode nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void neighboursLeaveDescriptionsOutUnlessAsked() throws Exception {
        JsonNode named = json("/api/network/neighbours?id=george");
        assertThat(ids(named.get("nodes"))).containsExactlyInAnyOrder("george", Fixtures.HOSTILE_ENTITY);
        assertThat(named.get("descriptions_left_out").asInt()).isEqualTo(1);

        JsonNode all = json("/api/network/neighbours?id=george&descriptions=1");
        assertThat(ids(all.get("nodes"))).containsExactlyInAnyOrder("george", Fixtures.HOSTILE_ENTITY,
                Fixtures.DESCRIBED_PARTY);
        assertThat(all.get("descriptions_left_out").asInt()).isZero();
        for (JsonNode n : all.get("nodes")) {
            assertThat(n.get("description").asBoolean()).as(n.get("id").asText())
                    .isEqualTo(n.get("id").asText().equals(Fixtures.DESCRIBED_PARTY));
        }
    }

    @Test
    void aDescriptionAskedForByItselfIsShownWithItsNamedNeighbours() throws Exception {
        JsonNode r = json("/api/network/neighbours?id=" + Fixtures.DESCRIBED_PARTY);
        assertThat(ids(r.get("nodes"))).containsExactlyInAnyOrder(Fixtures.DESCRIBED_PARTY, "george", Fixtures.COUNCIL);
    }

    @Test
    void pathsThroughADescriptionAreLeftOutUnlessAsked() throws Exception {
        JsonNode named = json("/api/network/paths?from=george&to=" + Fixtures.COUNCIL);
        assertThat(named.get("paths")).isEmpty();
        assertThat(named.get("descriptions_left_out").asInt()).isEqualTo(1);

        JsonNode all = json("/api/network/paths?from=george&to=" + Fixtures.COUNCIL + "&descriptions=1");
        assertThat(all.get("paths")).hasSize(1);
        assertThat(all.get("paths").get(0).get("parties").toString()).contains(Fixtures.DESCRIBED_PARTY);
    }

    @Test
    void theWholeNetworkLeavesDescriptionsOutUnlessAsked() throws Exception {
        assertThat(ids(json("/api/network/graph").get("nodes"))).doesNotContain(Fixtures.DESCRIBED_PARTY)
                .contains("george");
        assertThat(ids(json("/api/network/graph?descriptions=1").get("nodes"))).contains(Fixtures.DESCRIBED_PARTY);
        assertThat(get("/api/network/graph?descriptions=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void documentsNameTheirFileButNeverItsFolder() throws Exception {
        JsonNode one = json("/api/documents/" + hostile.id());
        assertThat(one.get("sources")).hasSize(1);
        assertThat(one.get("sources").get(0).get("file").asText()).isEqualTo("hostile.txt");
        assertThat(one.get("sources").get(0).has("path")).isFalse();
        for (String page : List.of("/api/documents/" + hostile.id(), "/api/documents", "/api/entity?id=george",
                "/api/entity?id=" + Fixtures.HOSTILE_ENTITY, "/api/search?q=Haswani",
                "/api/network/neighbours?id=george&descriptions=1",
                "/api/network/paths?from=george&to=" + URLEncoder.encode("Raqqa Council", StandardCharsets.UTF_8)
                        + "&descriptions=1")) {
            assertThat(get(page).body()).as(page).doesNotContain("/reports/");
        }
    }

    @Test
    void aFileNameIsTheLastPartOfItsPathWhateverItsSeparators() {
        assertThat(DocumentsApi.fileName("/srv/sitrep/uploads/upload-1/report.pdf")).isEqualTo("report.pdf");
        assertThat(DocumentsApi.fileName("C:\\Users\\analyst\\report.docx")).isEqualTo("report.docx");
        assertThat(DocumentsApi.fileName("/data/folder/")).isEqualTo("folder");
        assertThat(DocumentsApi.fileName("plain.txt")).isEqualTo("plain.txt");
    }
}
