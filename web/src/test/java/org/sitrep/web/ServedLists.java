package org.sitrep.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
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

/**
 * The demo sanctions lists loaded into a real (H2) store in a folder of its own, served by the web app over real
 * HTTP, for the whole of an API test class on lists (yente, watch). Register it as a static field with
 * {@code @RegisterExtension}.
 */
final class ServedLists implements BeforeAllCallback, AfterAllCallback {

    static final String TOKEN = "secret-token";

    /** What a test class does once the lists are loaded and before the app starts; answers the app's settings. */
    @FunctionalInterface
    interface Preparation {
        WebApp.Settings prepare(ServedLists served, WebApp.Settings settings) throws Exception;
    }

    private final Preparation preparation;
    private final HttpClient http = HttpClient.newHttpClient();
    private Path folder;
    private EvidenceStore store;
    private SearchIndex index;
    private WebApp app;

    private ServedLists(Preparation preparation) {
        this.preparation = preparation;
    }

    /** Served as loaded (port 0, token {@link #TOKEN}). */
    static ServedLists asLoaded() {
        return new ServedLists((served, settings) -> settings);
    }

    /** Served after {@code preparation}, with the settings it answers. */
    static ServedLists after(Preparation preparation) {
        return new ServedLists(preparation);
    }

    /** The demo lists of the repository. */
    static Path demoLists() {
        return Path.of(System.getProperty("sitrep.home", "..")).resolve("demo/lists");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("sitrep-served-lists");
        store = EvidenceStore.embedded(folder.resolve("db"));
        index = SearchIndex.open(folder.resolve("index"));
        ListStore lists = new ListStore(store);
        for (ListSnapshot snapshot : new ListReader().readAll(demoLists())) {
            lists.load(snapshot);
        }
        app = WebApp.start(preparation.prepare(this, WebApp.Settings.defaults().withPort(0).withWriteToken(TOKEN)),
                store, index);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.close();
        }
        index.close();
        store.close();
        DemoWorkspace.deleteTree(folder);
    }

    EvidenceStore store() {
        return store;
    }

    /** A folder of this fixture's own, beside the store. */
    Path folder() {
        return folder;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a JSON body, with the token when {@code token} is not null. */
    HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8), token);
    }

    /** POSTs a body of {@code type}, with the token when {@code token} is not null. */
    HttpResponse<String> post(String path, String type, byte[] body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url() + path.substring(1)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
