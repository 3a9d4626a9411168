package org.sitrep.lists;

import java.nio.file.Path;

/**
 * A list file that cannot be read: unknown format, malformed content, or unreadable. The message names the file and,
 * where known, the line: {@code path:123: reason}.
 */
public class ListFormatException extends Exception {

    private final transient Path file;
    private final int line;

    /** @param line 1-based line, or 0 when the problem is not tied to a line */
    public ListFormatException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public ListFormatException(Path file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
