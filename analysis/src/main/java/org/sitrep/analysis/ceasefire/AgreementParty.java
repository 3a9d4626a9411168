package org.sitrep.analysis.ceasefire;

import org.sitrep.analysis.Evidence;

import java.util.List;

/**
 * A party a ceasefire agreement names, and how: as one of its sponsors, as a party that accepts it, or as a party
 * it leaves out ("the deal does not apply to ...").
 *
 * @param party    the party
 * @param role     how the agreement treats it
 * @param evidence every sentence that says so
 */
public record AgreementParty(Side party, Role role, List<Evidence> evidence) {

    public AgreementParty {
        evidence = List.copyOf(evidence);
    }

    /** How an agreement treats a party. */
    public enum Role {
        /** Negotiated, announced or brokered the agreement. */
        SPONSOR,
        /** Accepts or is bound by the agreement. */
        PARTY,
        /** Explicitly outside the agreement: fighting it may go on. */
        EXCLUDED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
