package org.sitrep.ingest;

/** Hears about an ingest as it goes, e.g. to draw a progress bar. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** Called once, when the inputs have been expanded into {@code files} files. */
    default void started(int files) {
    }

    /** Called after each file, whatever became of it. */
    default void fileDone(FileOutcome outcome) {
    }
}
