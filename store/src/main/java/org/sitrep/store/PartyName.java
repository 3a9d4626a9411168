package org.sitrep.store;

/**
 * One name a party goes by (its caption, or a name, alias or former name statement), for finding parties by name.
 *
 * @param links how many links the party takes part in: the better-connected of two equal names comes first
 */
public record PartyName(String entityId, String schema, String caption, String name, int links) {
}
