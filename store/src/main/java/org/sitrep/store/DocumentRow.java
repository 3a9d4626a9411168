package org.sitrep.store;

import org.sitrep.model.DocDate;

/**
 * A document as a list shows it: everything but its text, which can be megabytes and is read only when the document
 * is opened.
 *
 * @param publisher who published it, or null when no byline or dateline names one
 * @param length    its length in code points
 */
public record DocumentRow(String id, String title, DocDate date, String publisher, String mediaType, int length) {
}
