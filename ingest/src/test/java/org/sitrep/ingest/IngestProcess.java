package org.sitrep.ingest;

import org.sitrep.store.EvidenceStore;

import java.nio.file.Path;
import java.util.List;

/** A separate JVM running an ingest, so that a test can kill it with SIGKILL part-way through. */
public final class IngestProcess {

    private IngestProcess() {
    }

    /** Arguments: workspace folder, input folder. Prints one line per file done. */
    public static void main(String[] args) {
        try (EvidenceStore store = EvidenceStore.embedded(Path.of(args[0]))) {
            List<Path> files = new InputExpander().expand(List.of(args[1])).files();
            new Ingester(store, IngestOptions.defaults()).ingest(files, new IngestListener() {
                @Override
                public void fileDone(FileOutcome outcome) {
                    System.out.println("done " + outcome.file());
                    System.out.flush();
                }
            });
        }
    }
}
