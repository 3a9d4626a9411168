package org.sitrep.store;

/** A publisher and how many stored documents it published (for a filter that offers only names that match). */
public record PublisherCount(String publisher, long documents) {
}
