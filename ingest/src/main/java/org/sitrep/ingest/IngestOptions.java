package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;

/**
 * How to ingest.
 *
 * @param maxBytes   files larger than this are refused (they are usually not reporting but dumps)
 * @param date       a date that overrides whatever the documents say, or null
 * @param encoding   the encoding of text files when not UTF-8, or null
 * @param split      whether to split compilations into articles
 */
public record IngestOptions(long maxBytes, LocalDate date, Charset encoding, boolean split) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, null, null, true);
    }

    public IngestOptions withDate(LocalDate date) {
        return new IngestOptions(maxBytes, date, encoding, split);
    }

    public IngestOptions withMaxBytes(long maxBytes) {
        return new IngestOptions(maxBytes, date, encoding, split);
    }

    public IngestOptions withEncoding(Charset encoding) {
        return new IngestOptions(maxBytes, date, encoding, split);
    }
}
