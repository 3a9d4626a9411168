package org.sitrep.analysis;

/**
 * An entity as answers name it.
 *
 * @param id      knowledge-base entity id
 * @param name    its display name (caption)
 * @param schema  FollowTheMoney schema name
 */
public record Party(String id, String name, String schema) {
}
