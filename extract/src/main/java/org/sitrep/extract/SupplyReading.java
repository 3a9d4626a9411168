package org.sitrep.extract;

import org.sitrep.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document says of items passed from hand to hand, read once at extraction so that supply chains are built
 * from stored rows: each sentence that tells a chain of deliveries, the parties it names in the order it passes the
 * item on, the item, when it was supplied and where, when and from whom it was recovered.
 *
 * @param chains the sentences that tell a chain, in text order
 */
public record SupplyReading(List<ChainSentence> chains) {

    public static final SupplyReading NONE = new SupplyReading(List.of());

    public SupplyReading {
        chains = List.copyOf(chains);
    }

    /**
     * A sentence that holds a supply relation or a trade event and passes an item on ("X made by A was sold through
     * B and recovered from C").
     *
     * @param sentence the sentence, the evidence for everything read from it
     * @param item     the words naming the item, before its maker ("Detonating cord"), or null
     * @param parties  the parties named before the recovery, in the order the sentence passes the item on
     * @param supplied the last date before the recovery: when the item was delivered; or null
     * @param recovery where, when and from whom the item was recovered, or null when the sentence does not say
     */
    public record ChainSentence(Span sentence, Span item, List<Party> parties, Dated supplied, Recovery recovery) {

        public ChainSentence {
            parties = List.copyOf(parties);
        }
    }

    /**
     * A party that passed the item on.
     *
     * @param entity the id of the entity
     * @param role   {@code manufacturer} (after "made by"), {@code distributor} (after "sold through", "delivered
     *               to") or {@code supplier} (neither)
     * @param name   where the sentence names it (its first mention there)
     * @param place  the place named right after it ("of India", "a distributor in Istanbul"), or null
     */
    public record Party(String entity, String role, Span name, Span place) {
    }

    /**
     * A date the sentence writes out.
     *
     * @param date      the day (the first of the month when only a month is given)
     * @param precision {@code day} or {@code month}
     * @param words     where it is written
     */
    public record Dated(LocalDate date, String precision, Span words) {
    }

    /**
     * The recovery of the item.
     *
     * @param cue     the word that says it was recovered ("recovered", "turned up", "seized")
     * @param date    the first date after it, or null
     * @param place   the first place named after it, or null
     * @param endUser the party it was recovered from, or null when neither the sentence nor its document says
     */
    public record Recovery(Span cue, Dated date, Span place, EndUser endUser) {
    }

    /**
     * The party an item was recovered from.
     *
     * @param entity   the id of the entity
     * @param name     where it is named
     * @param sentence the sentence that names it: the chain's own, or (inferred) the first of the document's other
     *                 recovery sentences that name the party they name most
     * @param inferred whether the chain's sentence does not name it and it was taken from those other sentences
     */
    public record EndUser(String entity, Span name, Span sentence, boolean inferred) {
    }
}
