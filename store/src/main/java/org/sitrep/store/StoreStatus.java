package org.sitrep.store;

/** What a store holds. */
public record StoreStatus(long sourceFiles, long documents, long documentsWithSeveralSources,
                          long repeatedPassages, long entities, long statements, long links, long events,
                          long claims, long activeLists, long listRecords) {
}
