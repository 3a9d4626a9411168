package org.sitrep.ingest;

import java.nio.file.Path;

/**
 * What became of one input file.
 *
 * @param file          the file
 * @param status        ingested, unchanged since last time, or failed
 * @param articles      articles found in it
 * @param newDocuments  of those, documents not stored before
 * @param message       why it failed (naming file and line), else null
 */
public record FileOutcome(Path file, Status status, int articles, int newDocuments, String message) {

    public enum Status { INGESTED, UNCHANGED, FAILED }

    static FileOutcome failed(Path file, String message) {
        return new FileOutcome(file, Status.FAILED, 0, 0, message);
    }
}
