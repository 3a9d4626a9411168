package org.sitrep.screen;

/** Which scoring to apply. */
public enum Algorithm {
    /** Sitrep's own: word pairing with rarity weights, name structure, secondary features. */
    SITREP,
    /** An emulation of OFAC's Sanctions List Search score (names only), for comparison. */
    OFAC
}
