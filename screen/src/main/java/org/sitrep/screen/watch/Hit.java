package org.sitrep.screen.watch;

/**
 * A watched party's hit in one version of a list.
 *
 * @param queryId     the watched party's id
 * @param queryName   the watched party's name
 * @param list        the list id
 * @param entityId    the listed party's id in the list
 * @param entityName  the listed party's primary name
 * @param score       the calibrated score
 * @param match       whether it reaches the decision threshold (else it is in the review band)
 * @param entityHash  the listed entry's content hash ({@link EntryHash}): a decision holds until it changes
 * @param listVersion the list version's content hash (sha256)
 */
public record Hit(String queryId, String queryName, String list, String entityId, String entityName, double score,
                  boolean match, String entityHash, String listVersion) {

    /** Which watched party and which listed party: the hit's identity across list versions. */
    public String key() {
        return queryId + "\t" + list + "\t" + entityId;
    }
}
