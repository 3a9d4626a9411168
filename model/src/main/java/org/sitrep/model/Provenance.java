package org.sitrep.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a fact came from and who recorded it. Every statement, link, event and claim carries one:
 * there is no fact without evidence.
 */
public sealed interface Provenance {

    /** Name and version of the extractor or importer that produced the fact, e.g. {@code extract/0.1.0}. */
    String origin();

    /** When the fact was recorded. */
    Instant recordedAt();

    /** A fact read from a document: the exact span that states it. */
    record FromText(String documentId, Span span, String origin, Instant recordedAt) implements Provenance {
        public FromText {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /** A fact read from a sanctions or reference list: the list and the record's own identifier. */
    record FromList(String listId, String recordId, String origin, Instant recordedAt) implements Provenance {
        public FromList {
            Objects.requireNonNull(listId, "listId");
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }

    /** A decision a person made (merge, split, reliability grade), kept so that it survives re-ingestion. */
    record FromUser(String user, String note, String origin, Instant recordedAt) implements Provenance {
        public FromUser {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }
}
