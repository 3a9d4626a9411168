package org.sitrep.analysis.supply;

import org.sitrep.analysis.Evidence;

import java.util.List;

/**
 * An item's way from its maker to the armed group it was recovered from, each step with evidence.
 *
 * @param item              what was supplied ("Electric detonators"), or null when the text does not say
 * @param parties           the parties in order: manufacturer, distributors, ..., end user
 * @param hops              the steps between consecutive parties
 * @param supplied          when the item was lawfully supplied (the first delivery the text dates)
 * @param recovered         when and where it was recovered
 * @param daysToRecovery    days from supply to recovery when both are exact to the day, else null
 * @param monthsToRecovery  calendar months from supply to recovery when both dates are known, else null
 * @param withinMonth       whether it was recovered within a month of its supply; null when the dates do not tell
 * @param evidence          every sentence the chain was read from (several documents may tell the same chain)
 */
public record SupplyChain(String item, List<ChainParty> parties, List<ChainHop> hops, DatedPlace supplied,
                          DatedPlace recovered, Long daysToRecovery, Integer monthsToRecovery, Boolean withinMonth,
                          List<Evidence> evidence) {

    public SupplyChain {
        parties = List.copyOf(parties);
        hops = List.copyOf(hops);
        evidence = List.copyOf(evidence);
    }

    /** The party the item was recovered from, if the chain reaches one. */
    public java.util.Optional<ChainParty> endUser() {
        return parties.stream().filter(p -> p.role().equals("end_user")).findFirst();
    }
}
