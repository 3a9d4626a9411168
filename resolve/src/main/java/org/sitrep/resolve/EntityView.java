package org.sitrep.resolve;

import java.util.List;

/**
 * One knowledge-base entity as a person reviewing merges and splits sees it: its names with their evidence, how much
 * refers to it, and the decisions that shaped it.
 *
 * @param id        entity id
 * @param schema    FollowTheMoney schema
 * @param caption   display name
 * @param names     every name, alias and mention, each with its evidence
 * @param links     links it takes part in
 * @param events    events it takes part in
 * @param decisions merges and splits that involved it, oldest first
 */
public record EntityView(String id, String schema, String caption, List<NameEvidence> names, int links, int events,
                         List<EntityDecision> decisions) {

    public EntityView {
        names = List.copyOf(names);
        decisions = List.copyOf(decisions);
    }

    /**
     * A name of the entity and where it was read: a document span or a list record.
     *
     * @param property   {@code name}, {@code alias}, {@code weakAlias} or {@code previousName}
     * @param value      the name as written
     * @param documentId the document it was read in, or null
     * @param start      first code point of the mention, or null
     * @param end        one past its last code point, or null
     * @param listId     the list it was read from, or null
     * @param recordId   the list record, or null
     */
    public record NameEvidence(String property, String value, String documentId, Integer start, Integer end,
                               String listId, String recordId) {
    }
}
