package org.sitrep.resolve;

import java.time.Instant;

/**
 * Why an entity of a document, or a text-derived entity, resolved to a knowledge-base entity, as table
 * {@code resolution_reason} keeps it.
 *
 * @param entityId    the knowledge-base entity resolved to
 * @param mergedId    what resolved to it: a document's entity ({@code <document id prefix>:e3}) or a text-derived
 *                    entity folded into it by cross-document resolution
 * @param documentId  the document, for a document's entity; null for folds
 * @param name        the name that matched
 * @param matchedName the name key it shared, or the name or alias of {@code entityId} it resembled
 * @param method      {@code list-link} (the extractor's list match), {@code name-key}, {@code other-kind-key},
 *                    {@code surname}; for folds {@code list-name} (against a listed party's names and aliases) or
 *                    {@code text-name} (against another text-derived entity); for list entries of the same party
 *                    {@code same-party-on-lists}
 * @param score       1 for keys; the list link's or the screening engine's name score
 * @param detail      the context that agreed (kind, country, shared neighbours) and the name comparison's features
 * @param recordedAt  when
 */
public record Resolution(String entityId, String mergedId, String documentId, String name, String matchedName, String method, double score,
                         String detail, Instant recordedAt) {

    /**
     * Resolutions of the same name in the same way (one per document it was read in), as a dossier shows them.
     *
     * @param latest    the most recent of them, whose detail stands for all
     * @param documents how many documents they came from (0 for list entries)
     */
    public record Group(Resolution latest, int documents) {
    }

    /** {@code resolutions} grouped by method, name and match, in order of first appearance. */
    public static java.util.List<Group> grouped(java.util.List<Resolution> resolutions) {
        java.util.Map<String, java.util.List<Resolution>> byReason = new java.util.LinkedHashMap<>();
        for (Resolution r : resolutions) {
            byReason.computeIfAbsent(r.method() + "\u001f" + r.name() + "\u001f" + r.matchedName(),
                    k -> new java.util.ArrayList<>()).add(r);
        }
        return byReason.values().stream().map(g -> new Group(g.getLast(), (int) g.stream().map(Resolution::documentId)
                .filter(java.util.Objects::nonNull).distinct().count())).toList();
    }
}
