package org.sitrep.screen;

/** What to do with names a list itself calls low quality (OFAC's "weak a.k.a.", nicknames). */
public enum WeakAliasPolicy {
    /** Match them like any other name. */
    INCLUDE,
    /** Match them, but lower the score (the default): a hit on a weak alias alone needs more support. */
    PENALISE,
    /** Do not match them at all. */
    IGNORE
}
