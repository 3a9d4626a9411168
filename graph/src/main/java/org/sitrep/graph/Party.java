package org.sitrep.graph;

/**
 * An entity as the network sees it.
 *
 * @param id         entity id
 * @param schema     FollowTheMoney schema name
 * @param caption    display name
 * @param designated whether any sanctions list names it
 */
public record Party(String id, String schema, String caption, boolean designated) {
}
