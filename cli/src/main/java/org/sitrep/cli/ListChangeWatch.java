package org.sitrep.cli;

import org.sitrep.lists.ListSnapshot;
import org.sitrep.lists.ListStore;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.watch.Rescreening;
import org.sitrep.screen.watch.WatchFolder;
import org.sitrep.store.Workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's watchlist re-screened around a change of its lists ({@code lists import}, {@code lists rollback}):
 * the active lists are taken before the change, and after it the watch compares them with the new active lists,
 * logs the run in the workspace's {@code rescreens.jsonl} and sums it up on stderr.
 */
final class ListChangeWatch {

    private final WatchFolder folder;
    private final List<ListSnapshot> before;

    private ListChangeWatch(WatchFolder folder, List<ListSnapshot> before) {
        this.folder = folder;
        this.before = before;
    }

    /** Takes the active lists before a change, when anything is watched (else nothing is read). */
    static ListChangeWatch before(Workspace workspace, ListStore lists) {
        WatchFolder folder = new WatchFolder(workspace.folder());
        try {
            return new ListChangeWatch(folder, folder.watchlist().isEmpty() ? null : lists.activeLists());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-screens the watchlist against the lists now active, if any list's version changed. */
    void after(ListStore lists, String trigger, PrintWriter err) {
        if (before == null) {
            return;
        }
        try {
            Optional<Rescreening.Report> report = folder.rescreen(before, lists.activeLists(), trigger,
                    ScreeningSettings.defaults());
            report.ifPresent(r -> WatchCommand.summary(err, r));
        } catch (IOException | IllegalArgumentException e) {
            err.println("sitrep: the lists changed but the watchlist could not be re-screened: " + e.getMessage());
        }
    }
}
