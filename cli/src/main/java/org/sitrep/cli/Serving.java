package org.sitrep.cli;

import org.sitrep.search.SearchIndex;
import org.sitrep.store.EvidenceStore;
import org.sitrep.store.Workspace;
import org.sitrep.web.WebApp;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Runs the web app in the foreground until the process is stopped (Ctrl-C). */
final class Serving {

    private Serving() {
    }

    static int serve(EvidenceStore store, Workspace workspace, SearchIndex index, WebApp.Settings settings,
                     PrintWriter out) {
        CountDownLatch stopped = new CountDownLatch(1);
        // Documents uploaded through the app are extracted in the background, as ingest would.
        WebApp.Extraction extraction = (s, progress) -> Extraction.run(s, workspace, progress);
        try (WebApp app = WebApp.start(settings.withWatchFolder(workspace.folder()), store, index, extraction)) {
            out.println("Serving " + app.url() + "  (Ctrl-C to stop)");
            out.println("Write token: " + settings.writeToken());
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sitrep-stop"));
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
