package org.sitrep.store;

/** A file that was ingested completely: its content hash tells whether it changed since. */
public record SourceFile(String path, String sha256, long sizeBytes, String mediaType, int documentCount) {
}
