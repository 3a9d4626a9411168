package org.sitrep.extract;

import org.sitrep.model.DocDate;

/**
 * A document to extract from.
 *
 * @param id     the caller's id, echoed in the output
 * @param offset where the text starts in the input it was cut from (code points), 0 for whole inputs
 * @param title  the title, or null
 * @param text   the text; output offsets point into it
 * @param date   the document's date, anchoring relative dates; {@link DocDate#UNKNOWN} if not known
 */
public record InputDocument(String id, int offset, String title, String text, DocDate date) {

    public InputDocument {
        if (text == null) {
            throw new IllegalArgumentException("a document needs a text");
        }
        date = date == null ? DocDate.UNKNOWN : date;
    }

    public static InputDocument of(String id, String text, DocDate date) {
        return new InputDocument(id, 0, null, text, date);
    }
}
