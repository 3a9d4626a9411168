package org.sitrep.ingest;

import java.nio.file.Path;

/**
 * A file that cannot be ingested, and why. The message names the file and, where it helps, the line.
 */
public class BadInputException extends Exception {

    private final Path file;
    private final int line;

    /** @param line 1-based line of the problem, or 0 when it concerns the whole file */
    public BadInputException(Path file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public BadInputException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.line = 0;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
