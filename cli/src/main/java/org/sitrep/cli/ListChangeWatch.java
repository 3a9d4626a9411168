package org.sitrep.cli;

import org.sitrep.lists.ListStore;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.watch.WatchFolder;
import org.sitrep.store.Workspace;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The workspace's watchlist re-screened around a change of its lists ({@code lists import}, {@code lists rollback}):
 * the run is logged in the workspace's {@code rescreens.jsonl} and summed up on stderr.
 */
final class ListChangeWatch {

    private final WatchFolder.ListChange change;

    private ListChangeWatch(WatchFolder.ListChange change) {
        this.change = change;
    }

    /** Takes the active lists before a change, when anything is watched (an unreadable watchlist is reported). */
    static ListChangeWatch before(Workspace workspace, ListStore lists, PrintWriter err) {
        try {
            return new ListChangeWatch(new WatchFolder(workspace.folder()).beforeChange(lists::activeLists));
        } catch (IOException | IllegalArgumentException e) {
            err.println("sitrep: the watchlist cannot be read, so it is not re-screened: " + e.getMessage());
            return new ListChangeWatch(null);
        }
    }

    /** Re-screens the watchlist against the lists now active, if any list's version changed. */
    void after(String trigger, PrintWriter err) {
        if (change == null) {
            return;
        }
        try {
            change.rescreen(trigger, ScreeningSettings.defaults()).ifPresent(r -> WatchCommand.summary(err, r));
        } catch (IOException | IllegalArgumentException e) {
            err.println("sitrep: the lists changed but the watchlist could not be re-screened: " + e.getMessage());
        }
    }
}
