package org.sitrep.store;

/**
 * One place a document was found.
 *
 * @param path         the file
 * @param articleIndex which article of the file (0 for a file that holds one)
 * @param documentId   the document
 * @param offset       code-point offset in the file's text where the article starts
 */
public record DocumentSource(String path, int articleIndex, String documentId, int offset) {
}
