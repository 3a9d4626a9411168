package org.sitrep.ingest;

import org.sitrep.model.DocDate;

/**
 * The plain text of one file, with what its format said about title and date (HTML {@code <title>}, PDF metadata).
 *
 * @param text  plain text; paragraphs separated by blank lines where the format marks them
 * @param title the file's own title, or null
 * @param date  the file's own date, or {@link DocDate#UNKNOWN}
 */
public record ExtractedText(String text, String title, DocDate date) {

    public static ExtractedText of(String text) {
        return new ExtractedText(text, null, DocDate.UNKNOWN);
    }
}
