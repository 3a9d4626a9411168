package org.sitrep.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * The web app serving a workspace and a Chromium to look at it, for the whole of a browser test class. Register it
 * as a static field with {@code @RegisterExtension}; the class says only which workspace it serves and how the app
 * extracts uploads. A class's own {@code @AfterAll} methods run before this closes the app.
 */
final class AppInBrowser implements BeforeAllCallback, AfterAllCallback {

    private final BiConsumer<EvidenceStore, SearchIndex> filling;
    private final boolean demo;
    private final WebApp.Extraction extraction;

    private Path folder;
    private EvidenceStore store;
    private SearchIndex index;
    private WebApp.Settings settings;
    private WebApp app;
    private Browser browser;

    private AppInBrowser(BiConsumer<EvidenceStore, SearchIndex> filling, boolean demo, WebApp.Extraction extraction) {
        this.filling = filling;
        this.demo = demo;
        this.extraction = extraction;
    }

    /** The demo workspace, shared by the test run and therefore left open. */
    static AppInBrowser onDemoWorkspace() {
        return new AppInBrowser((store, index) -> { }, true, null);
    }

    /** A new, empty workspace that {@code filling} fills (and indexes, if it needs search) before the app starts. */
    static AppInBrowser onNewWorkspace(BiConsumer<EvidenceStore, SearchIndex> filling) {
        return new AppInBrowser(filling, false, null);
    }

    /** The same workspace, served by an app that extracts uploaded documents with {@code extraction}. */
    AppInBrowser extractingWith(WebApp.Extraction extraction) {
        return new AppInBrowser(filling, demo, extraction);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("sitrep-browser-test");
        if (demo) {
            store = DemoWorkspace.store();
            index = DemoWorkspace.index();
        } else {
            store = EvidenceStore.embedded(folder.resolve("db"));
            index = SearchIndex.open(folder.resolve("index"));
            filling.accept(store, index);
        }
        // the watchlist, its re-screenings and the review trail live beside the store, as in a workspace
        settings = WebApp.Settings.defaults().withPort(0).withWatchFolder(folder.resolve("watch"));
        app = WebApp.start(settings, store, index, extraction);
        browser = Browser.open(folder.resolve("chromium-profile"));
        app.awaitBackgroundWork();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        if (!demo) {
            if (index != null) {
                index.close();
            }
            if (store != null) {
                store.close();
            }
        }
        if (folder != null) {
            DemoWorkspace.deleteTree(folder);
        }
    }

    Browser browser() {
        return browser;
    }

    EvidenceStore store() {
        return store;
    }

    WebApp.Settings settings() {
        return settings;
    }

    /** The folder the app keeps its watchlist and review trail in. */
    Path watchFolder() {
        return settings.watchFolder();
    }

    /** The address of the app's start page. */
    String url() {
        return app.url();
    }
}
