package org.sitrep.extract;

import java.util.Locale;

/** Kinds of relation between two entities; the labels are the contract's vocabulary. */
public enum RelationType {
    OWNERSHIP, SUBSIDIARY, SUBCONTRACTOR, EMPLOYMENT, LEADERSHIP, MEMBERSHIP, FAMILY, ASSOCIATE, ALLIANCE,
    FIGHTING_AGAINST, CONTROL, LOCATED_IN, SAME_AS, SANCTIONED_BY, SUPPLY, COMMUNICATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code a type b} says the same as {@code b type a}. */
    public boolean isSymmetric() {
        return this == ALLIANCE || this == FIGHTING_AGAINST || this == SAME_AS || this == ASSOCIATE
                || this == COMMUNICATION || this == FAMILY;
    }
}
