package org.sitrep.ingest;

import java.nio.file.Path;

/** Plain text: decoded strictly, kept exactly as written so that offsets match the file. */
final class PlainTextReader implements DocumentReader {

    private final TextDecoder decoder;

    PlainTextReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public ExtractedText read(Path file, byte[] bytes) throws BadInputException {
        return ExtractedText.of(decoder.decode(file, bytes));
    }
}
