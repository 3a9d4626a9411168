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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
        Fixtures.storeHostileEntities(store, Fixtures.storeHostileDocument(store));
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
    void requestsOverTheBoundAreRefused() throws Exception {
        WebApp.Settings small = new WebApp.Settings("127.0.0.1", 0, "secret-token", 1000);
        try (WebApp bounded = WebApp.start(small, store, index)) {
            String boundary = UUID.randomUUID().toString();
            HttpRequest big = HttpRequest.newBuilder(URI.create(bounded.url() + "api/uploads/documents"))
                    .header("Authorization", "Bearer secret-token")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.multipart(boundary, List.of("big.txt"),
                            List.of("x".repeat(5000).getBytes(StandardCharsets.UTF_8))))).build();
            HttpResponse<String> r = http.send(big, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).doesNotContain("Exception", "at org.");
            HttpRequest csv = HttpRequest.newBuilder(URI.create(bounded.url() + "api/screen"))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("name\n" + "Someone\n".repeat(500))).build();
            assertThat(http.send(csv, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
        }
    }

    @Test
    void listsArePagedAndBadPagingParametersAreRefusedWithAReason() throws Exception {
        JsonNode page = json.readTree(get("/api/documents?limit=1&sort=title").body());
        assertThat(page.get("documents")).hasSize(1);
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("sort").asText()).isEqualTo("title");
        assertThat(page.get("facets").get("publisher")).isNotNull();
        HttpResponse<String> sort = get("/api/documents?sort=length");
        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(sort.body()).contains("sort is one of");
        assertThat(get("/api/documents?offset=-1").statusCode()).isEqualTo(400);
        assertThat(get("/api/documents?from=yesterday").body()).contains("YYYY-MM-DD");
        assertThat(get("/api/claims?sort=colour").statusCode()).isEqualTo(400);
        assertThat(get("/api/incidents?sort=-date&limit=5").statusCode()).isEqualTo(200);
        JsonNode events = json.readTree(get("/api/events").body());
        assertThat(events.get("limit").asInt()).as("no limit asked: every event").isEqualTo(
                Math.max(1, events.get("total").asInt()));
        assertThat(json.readTree(get("/api/search?q=Haswani&offset=0&limit=1").body()).get("totals").get("documents")
                .asInt()).isEqualTo(1);
    }

    @Test
    void bindsToLocalhostByDefault() {
        assertThat(WebApp.Settings.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(WebApp.Settings.defaults().writeToken()).hasSize(32);
    }

    /** Every route the app registers under /api, as "METHOD path". */
    static final List<String> ROUTES = List.of("GET /api/status", "GET /api/documents", "GET /api/documents/{id}",
            "GET /api/search", "GET /api/entities", "GET /api/entity", "GET /api/parties", "GET /api/network/neighbours",
            "GET /api/network/paths", "GET /api/network/exposure", "GET /api/network/graph", "GET /api/events",
            "GET /api/incidents", "GET /api/charts/events", "GET /api/charts/ceasefire", "GET /api/claims",
            "GET /api/sources", "POST /api/sources", "GET /api/screen", "POST /api/screen", "GET /api/screen/lists",
            "GET /api/watch", "POST /api/watch/review", "GET /api/watch/reviews",
            "POST /api/uploads/documents", "POST /api/uploads/lists", "GET /api/uploads/pending",
            "GET /api/uploads", "GET /api/uploads/{id}",
            "GET /api/exports/ftm", "GET /api/exports/acled", "GET /api/exports/graphml");

    @Test
    void theOpenApiDocumentDescribesEveryApiRoute() throws Exception {
        JsonNode paths = json.readTree(get("/openapi.json").body()).get("paths");
        for (String route : ROUTES) {
            String[] parts = route.split(" ");
            assertThat(paths.path(parts[1]).has(parts[0].toLowerCase())).as(route).isTrue();
        }
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path)));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ROUTES);
    }

    @Test
    void theDossierShowsNamesLinksAndEvidenceAsData() throws Exception {
        HttpResponse<String> r = get("/api/entity?id=" + Fixtures.HOSTILE_ENTITY);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = json.readTree(r.body());
        assertThat(d.get("caption").asText()).isEqualTo(Fixtures.HOSTILE_NAME);
        assertThat(d.get("names").get(0).get("evidence").get(0).get("quote").asText()).isEqualTo("Hesco");
        JsonNode link = d.get("links").get(0);
        assertThat(link.get("other").get("label").asText()).isEqualTo("George Haswani");
        assertThat(link.get("evidence").get("quote").asText()).startsWith("Hesco built the plant");
        assertThat(get("/api/entity?id=nobody").statusCode()).isEqualTo(404);
        assertThat(get("/api/entity").statusCode()).isEqualTo(400);
    }

    @Test
    void pathsAndNeighboursCarryEvidence() throws Exception {
        JsonNode p = json.readTree(get("/api/network/paths?from=george&to=" + Fixtures.HOSTILE_ENTITY).body());
        assertThat(p.get("paths")).hasSize(1);
        assertThat(p.get("edges").get(0).get("evidence").get("document").asText()).hasSize(64);
        JsonNode n = json.readTree(get("/api/network/neighbours?id=George%20Haswani").body());
        assertThat(n.get("nodes")).hasSize(2);
        assertThat(get("/api/network/paths?from=george&to=nobody-at-all").statusCode()).isEqualTo(404);
    }

    @Test
    void badParametersAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> r = get("/api/events?from=yesterday");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("error").asText()).contains("from");
        assertThat(get("/api/network/paths?from=a&to=b&hops=many").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=" + "x".repeat(2000)).statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> post(String path, String token, String type, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url() + path.substring(1)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data body with each file in field "file". */
    @Test
    void uploadedDocumentsAreIngestedAndSearchableWithTheToken() throws Exception {
        String boundary = UUID.randomUUID().toString();
        byte[] body = Fixtures.multipart(boundary, List.of("../../etc/report.txt"),
                List.of("Zarqawi-upload-test: the convoy <script>window.pwned=1</script> reached Deir ez-Zor."
                        .getBytes(StandardCharsets.UTF_8)));
        String type = "multipart/form-data; boundary=" + boundary;
        assertThat(post("/api/uploads/documents", null, type, body).statusCode()).isEqualTo(401);
        HttpResponse<String> r = post("/api/uploads/documents", "secret-token", type, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(json.readTree(r.body()).get("files").get(0).asText()).isEqualTo("report.txt");
        app.awaitBackgroundWork();
        JsonNode job = json.readTree(get(r.headers().firstValue("Location").orElseThrow()).body());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("summary").get("documents").asInt()).isEqualTo(1);
        assertThat(json.readTree(get("/api/search?q=convoy").body()).get("documents")).hasSize(1);
    }

    @Test
    void anUploadedListIsLoadedAndScreenedAgainst() throws Exception {
        Path un = Path.of(System.getProperty("sitrep.home", "..")).resolve("demo/lists/un-demo.xml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(un), "the demo lists are missing");
        String boundary = UUID.randomUUID().toString();
        HttpResponse<String> r = post("/api/uploads/lists", "secret-token", "multipart/form-data; boundary=" + boundary,
                Fixtures.multipart(boundary, List.of("un-demo.xml"), List.of(Files.readAllBytes(un))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("list").asText()).isEqualTo("un-sc");
        String name = new org.sitrep.lists.ListReader().read(un).entities().get(0).name();

        JsonNode one = json.readTree(get("/api/screen?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).body());
        JsonNode best = one.get("results").get(0).get("matches").get(0);
        assertThat(best.get("match").asBoolean()).isTrue();
        assertThat(best.get("explanation").get(0).get("feature").asText()).isEqualTo("name");

        byte[] csv = ("id,name\nq1,\"" + name + "\"\nq2,Nobody Whatsoever Here\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> batch = post("/api/screen?format=csv", null, "text/csv", csv);
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        assertThat(batch.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).build().parse(new java.io.StringReader(batch.body())).getRecords();
        org.apache.commons.csv.CSVRecord hit = rows.get(0);
        assertThat(hit.get("query_id")).isEqualTo("q1");
        assertThat(hit.get("screened_at")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(hit.get("list")).isEqualTo("un-sc");
        assertThat(hit.get("list_sha256")).hasSize(64);
        assertThat(Integer.parseInt(hit.get("list_records"))).isPositive();
        assertThat(hit.get("feature_scores")).startsWith("name=");
        assertThat(hit.get("score")).matches("\\d\\.\\d{3}");
        assertThat(rows).as("a name without candidates keeps its row").anyMatch(row -> row.get("query_id").equals("q2")
                && row.get("list").isEmpty() && row.get("lists_screened").contains("un-sc@"));

        // One name with every input: the export screens exactly what the page screened, with the inputs in it.
        String inputs = "?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&schema=Person&country=SY&birth_date=1970-01-01";
        JsonNode shown = json.readTree(get("/api/screen" + inputs).body());
        assertThat(shown.get("lists").get(0).get("sha256").asText()).hasSize(64);
        org.apache.commons.csv.CSVRecord exported = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).build().parse(new java.io.StringReader(get("/api/screen" + inputs
                        + "&format=csv").body())).getRecords().get(0);
        assertThat(exported.get("query_schema")).isEqualTo("Person");
        assertThat(exported.get("query_country")).isEqualTo("SY");
        assertThat(exported.get("query_birth_date")).isEqualTo("1970-01-01");
        assertThat(exported.get("score")).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f",
                shown.get("results").get(0).get("matches").get(0).get("score").asDouble()));
        HttpResponse<String> bad = post("/api/screen", null, "text/csv", "who,what\na,b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("line 1").contains("name");
    }

    @Test
    void exportsDownloadAsFiles() throws Exception {
        HttpResponse<String> ftm = get("/api/exports/ftm");
        assertThat(ftm.statusCode()).isEqualTo(200);
        assertThat(ftm.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(ftm.body().lines().map(l -> l.trim()).filter(l -> !l.isEmpty()))
                .allSatisfy(l -> assertThat(json.readTree(l).has("schema")).isTrue());
        assertThat(get("/api/exports/acled").body()).startsWith("event_id_cnty");
        assertThat(get("/api/exports/graphml").body()).contains("<graphml");
    }

    @Test
    void gradingASourceNeedsTheTokenAndAKnownPublisher() throws Exception {
        byte[] body = "{\"publisher\": \"Levant Monitor\", \"grade\": \"B\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(post("/api/sources", null, "application/json", body).statusCode()).isEqualTo(401);
        HttpResponse<String> r = post("/api/sources", "secret-token", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
        assertThat(r.body()).contains("Levant Monitor");
        assertThat(post("/api/sources", "secret-token", "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(400);
    }
}
