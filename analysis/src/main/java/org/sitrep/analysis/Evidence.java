package org.sitrep.analysis;

import java.time.LocalDate;

/**
 * Where an answer comes from: a stretch of one document, with who published it.
 *
 * @param documentId   the document's id (SHA-256 of its text)
 * @param title        the document's headline, or null
 * @param publisher    who published it (byline or dateline credit), or null when the document does not say
 * @param documentDate when the document was written, or null when unknown
 * @param start        first code point of the quoted span
 * @param end          one past its last code point
 * @param quote        the quoted text itself
 * @param source       what the document counts as for independence when it names no publisher (the file it came
 *                     from, for an article of a compilation), or null
 */
public record Evidence(String documentId, String title, String publisher, LocalDate documentDate, int start, int end,
                       String quote, String source) {

    /** Evidence whose document counts alone when it names no publisher. */
    public Evidence(String documentId, String title, String publisher, LocalDate documentDate, int start, int end,
                    String quote) {
        this(documentId, title, publisher, documentDate, start, end, quote, null);
    }

    /**
     * Who stands behind the document, for telling independent sources apart: the publisher; else the compilation
     * file it came from (its articles are one source); else a stand-in naming the document, which counts alone.
     */
    public String sourceKey() {
        return publisher != null ? publisher : source != null ? source : "document " + documentId.substring(0, 12);
    }
}
