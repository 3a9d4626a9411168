package org.sitrep.analysis.supply;

import org.sitrep.analysis.Evidence;
import org.sitrep.analysis.Party;

/**
 * One step of a supply chain: the item passing from one party to the next.
 *
 * @param from     who passed it on
 * @param to       who received it (for the last step: the party it was recovered from)
 * @param relation {@code supplied} or {@code recovered_from}
 * @param inferred true when the text does not name {@code to} in the same sentence and it was taken from the
 *                 document's other sentences about recovered material (the evidence quotes that sentence)
 * @param evidence the text that says so: the stored supply link's span when there is one, else the sentence
 */
public record ChainHop(Party from, Party to, String relation, boolean inferred, Evidence evidence) {
}
