package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API and its guarantees, over real HTTP. */
class WebAppTest {

    @TempDir
    static Path dir;

    static EvidenceStore store;
    static SearchIndex index;
    static WebApp app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = EvidenceStore.embedded(dir.resolve("db"));
        index = SearchIndex.open(dir.resolve("index"));
        Fixtures.storeHostileDocument(store);
        app = WebApp.start(WebApp.Settings.defaults().withPort(0).withWriteToken("secret-token"), store, index);
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

    @Test
    void servesTheDocumentsApiWithSecurityHeaders() throws Exception {
        HttpResponse<String> list = get("/api/documents");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Security-Policy")).contains(WebApp.CONTENT_SECURITY_POLICY);
        assertThat(list.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        JsonNode docs = json.readTree(list.body()).get("documents");
        assertThat(docs).hasSize(1);

        HttpResponse<String> one = get("/api/documents/" + docs.get(0).get("id").asText());
        assertThat(json.readTree(one.body()).get("text").asText()).contains("<script>");
        assertThat(get("/").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void searchFindsDocuments() throws Exception {
        JsonNode result = json.readTree(get("/api/search?q=Hesco").body());
        assertThat(result.get("documents")).hasSize(1);
        assertThat(get("/api/search").statusCode()).isEqualTo(400);
    }

    @Test
    void errorsAreJsonWithoutStackTraces() throws Exception {
        HttpResponse<String> missing = get("/api/documents/" + "0".repeat(64));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"error\":\"no such document\"}");
        HttpResponse<String> bad = get("/api/documents/not-an-id");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void writesNeedTheToken() throws Exception {
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(app.url() + "api/documents"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertThat(http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpRequest wrong = HttpRequest.newBuilder(URI.create(app.url() + "api/documents"))
                .header("Authorization", "Bearer wrong").POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertThat(http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void bindsToLocalhostByDefault() {
        assertThat(WebApp.Settings.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(WebApp.Settings.defaults().writeToken()).hasSize(32);
    }

    @Test
    void theOpenApiDocumentDescribesEveryApiPath() throws Exception {
        JsonNode paths = json.readTree(get("/openapi.json").body()).get("paths");
        assertThat(paths.has("/api/status")).isTrue();
        assertThat(paths.has("/api/documents")).isTrue();
        assertThat(paths.has("/api/documents/{id}")).isTrue();
        assertThat(paths.has("/api/search")).isTrue();
    }
}
