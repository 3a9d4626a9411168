package org.sitrep.screen.review;

/**
 * One analyst decision on a hit, against the listed entry as it then stood.
 *
 * @param queryId     the screened party's id
 * @param queryName   the screened party's name
 * @param list        the list id
 * @param entityId    the listed party's id
 * @param entityHash  the listed entry's content hash when decided: a false match stays suppressed until it changes
 * @param listVersion the list version's content hash (sha256) when decided
 * @param verdict     true match, false match or unsure
 * @param note        the analyst's reason
 * @param by          who decided
 * @param at          when, ISO-8601 instant
 */
public record Decision(String queryId, String queryName, String list, String entityId, String entityHash,
                       String listVersion, Verdict verdict, String note, String by, String at) {

    public String key() {
        return queryId + "\t" + list + "\t" + entityId;
    }
}
