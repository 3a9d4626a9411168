package org.sitrep.ingest;

import java.nio.file.Path;

/** Reads the plain text out of one file format. */
public interface DocumentReader {

    /**
     * @param file  the file, for messages
     * @param bytes its whole content
     * @throws BadInputException when the content is not what the format promises
     */
    ExtractedText read(Path file, byte[] bytes) throws BadInputException;
}
