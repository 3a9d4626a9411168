package org.sitrep.cli;

import org.sitrep.lists.ListFormatException;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the sanctions lists named by {@code --list} options: files or folders, formats detected from content. */
final class ListInputs {

    private ListInputs() {
    }

    /** Every list under {@code paths}; null (after saying why on {@code err}) when one cannot be read or none is found. */
    static List<ListSnapshot> read(List<Path> paths, PrintWriter err) {
        ListReader reader = new ListReader();
        List<ListSnapshot> snapshots = new ArrayList<>();
        try {
            for (Path path : paths) {
                List<Path> found = reader.find(path);
                if (found.isEmpty()) {
                    err.println("sitrep: " + path + ": no sanctions list found");
                    return null;
                }
                for (Path list : found) {
                    snapshots.add(reader.read(list));
                }
            }
        } catch (ListFormatException e) {
            err.println("sitrep: " + e.getMessage());
            return null;
        }
        return snapshots;
    }
}
