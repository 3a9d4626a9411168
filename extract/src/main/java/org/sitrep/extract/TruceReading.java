package org.sitrep.extract;

import org.sitrep.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document says of a truce, read once at extraction so that the ceasefire monitor works over stored rows:
 * the sentences that speak of violations, the counts a side gives in them, and the parties an agreement names.
 *
 * @param sentences sentences that speak of violations, with the count, accused and span they give
 * @param counts    violation counts a named side gives ("the committee said government forces broke the truce 15
 *                  times on Feb. 27"), one per clause
 * @param parties   parties an agreement covers, leaves out or was made by
 */
public record TruceReading(List<ViolationSentence> sentences, List<ViolationCount> counts, List<TruceParty> parties) {

    public static final TruceReading NONE = new TruceReading(List.of(), List.of(), List.of());

    public TruceReading {
        sentences = List.copyOf(sentences);
        counts = List.copyOf(counts);
        parties = List.copyOf(parties);
    }

    /**
     * A sentence that speaks of violations of a truce; an event in it with a number is a violation report.
     *
     * @param sentence the sentence
     * @param count    the number of violations it gives ("24 times"), or null
     * @param accused  whom it blames, in its words ("armed opposition groups"), or null
     * @param total    whether its count runs over several days ("since the truce began")
     */
    public record ViolationSentence(Span sentence, Integer count, String accused, boolean total) {
    }

    /**
     * A count of violations that a side gives in one clause.
     *
     * @param sentence  the sentence that says so (the evidence)
     * @param reporter  the id of the entity that gives the count, named before its verb of speaking
     * @param count     how many violations
     * @param accused   whom it blames, in its words, or null
     * @param total     whether the count runs over several days
     * @param date      the day of the violations, or null when the clause gives none
     */
    public record ViolationCount(Span sentence, String reporter, int count, String accused, boolean total,
                                 LocalDate date) {
    }

    /**
     * A party an agreement names.
     *
     * @param entity   the id of the entity
     * @param role     {@code sponsor}, {@code party} or {@code excluded}
     * @param sentence the sentence that says so
     * @param name     where in it the party is named
     */
    public record TruceParty(String entity, String role, Span sentence, Span name) {
    }
}
