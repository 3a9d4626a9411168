package org.sitrep.store;

/** One occurrence of a paragraph that appears in more than one document. */
public record RepeatedPassage(String fingerprint, String documentId, int start, int end) {
}
