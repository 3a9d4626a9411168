package org.sitrep.analysis.supply;

import org.sitrep.analysis.Party;

/**
 * A party in a supply chain.
 *
 * @param party the entity
 * @param role  {@code manufacturer}, {@code distributor}, {@code supplier} (neither cue given) or {@code end_user}
 *              (the party the item was recovered from)
 * @param place  the country or town the text places it in ("of India", "a distributor in Istanbul"), or null
 * @param owners who owns or controls it, by ownership, subsidiary or control links in the network (from documents or
 *               lists) — the way from a supplier to a sanctioned owner
 */
public record ChainParty(Party party, String role, String place, java.util.List<Party> owners) {

    public ChainParty {
        owners = java.util.List.copyOf(owners);
    }
}
