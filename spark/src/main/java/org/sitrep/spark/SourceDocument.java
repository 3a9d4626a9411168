package org.sitrep.spark;

import org.sitrep.extract.InputDocument;

/**
 * One document ready for the extractor, with what the output needs besides: the input it came from and, for an HTML
 * page, the page's own characters under the masked text (so spans show the input exactly as given).
 *
 * @param source    the file or input it came from
 * @param document  the document as {@code sitrep extract} would hand it to the extractor
 * @param page      the page text under {@code document}'s code points, or null when the text is the input as given
 * @param mediaType the input's media type (text/plain, text/html, application/pdf, ...)
 */
public record SourceDocument(String source, InputDocument document, String page, String mediaType) {
}
